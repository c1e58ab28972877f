// expect_fun_call: `expect(&format!(..))` formats even when nothing fails.

fn checks(o: Option<i32>, r: Result<i32, String>, n: i32) -> i32 {
    o.expect(&format!("no value {}", n)) + r.expect(format!("bad {n}").as_str())
}

// Near misses: a literal message.
fn near(o: Option<i32>) -> i32 {
    o.expect("no value")
}

#[allow(clippy::expect_fun_call)]
fn allowed(o: Option<i32>, n: i32) -> i32 {
    o.expect(&format!("{}", n))
}

fn main() {
    println!("{} {} {}", checks(Some(1), Ok(2), 3), near(Some(4)), allowed(Some(5), 6));
}
