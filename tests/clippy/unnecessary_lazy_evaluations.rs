// unnecessary_lazy_evaluations: a closure returning a plain value in `unwrap_or_else`.

fn checks(o: Option<i32>, r: Result<i32, String>, d: i32) -> (i32, i32, i32) {
    (o.unwrap_or_else(|| 0), r.unwrap_or_else(|_| 1), o.unwrap_or_else(|| d))
}

// Near misses: the closure calls something.
fn compute() -> i32 {
    42
}

fn near(o: Option<i32>) -> i32 {
    o.unwrap_or_else(compute) + o.unwrap_or_else(|| compute())
}

#[allow(clippy::unnecessary_lazy_evaluations)]
fn allowed(o: Option<i32>) -> i32 {
    o.unwrap_or_else(|| 7)
}

fn main() {
    println!("{:?} {} {}", checks(None, Ok(1), 2), near(None), allowed(Some(3)));
}
