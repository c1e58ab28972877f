// unnecessary_unwrap: `if x.is_some() { x.unwrap() }`.

fn checks(o: Option<i32>, r: Result<i32, String>) -> i32 {
    let mut n = 0;
    if o.is_some() {
        n += o.unwrap();
    }
    if r.is_ok() {
        n += r.unwrap();
    }
    n
}

// Near misses: a different variable, unwrap outside the branch.
fn near(o: Option<i32>, p: Option<i32>) -> i32 {
    let mut n = 0;
    if o.is_some() {
        n += p.unwrap_or(0);
    }
    n + o.unwrap_or(1)
}

#[allow(clippy::unnecessary_unwrap)]
fn allowed(o: Option<i32>) -> i32 {
    if o.is_some() {
        o.unwrap()
    } else {
        0
    }
}

fn main() {
    println!("{} {} {}", checks(Some(1), Ok(2)), near(None, Some(3)), allowed(Some(4)));
}
