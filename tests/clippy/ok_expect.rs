// ok_expect: `r.ok().expect(..)` is `r.expect(..)`.

fn checks(r: Result<i32, String>) -> i32 {
    r.ok().expect("a number")
}

// Near misses.
fn near(r: Result<i32, String>) -> Option<i32> {
    r.ok()
}

#[allow(clippy::ok_expect)]
fn allowed(r: Result<i32, String>) -> i32 {
    r.ok().expect("b")
}

fn main() {
    println!("{} {:?} {}", checks(Ok(1)), near(Ok(2)), allowed(Ok(3)));
}
