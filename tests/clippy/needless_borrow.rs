// needless_borrow: `&x` where `x` is already a reference the callee gets by deref.

fn takes(s: &str) -> usize {
    s.len()
}

fn takes_ref(n: &i32) -> i32 {
    *n
}

fn checks(s: &str, n: &i32) -> usize {
    takes(&s) + takes_ref(&n) as usize
}

// Near misses: a borrow of an owned value is needed.
fn near(s: String, n: i32) -> usize {
    takes(&s) + takes_ref(&n) as usize
}

#[allow(clippy::needless_borrow)]
fn allowed(s: &str) -> usize {
    takes(&s)
}

fn main() {
    println!("{} {} {}", checks("a", &1), near(String::new(), 2), allowed("b"));
}
