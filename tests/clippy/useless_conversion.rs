// useless_conversion: converting a value to the type it already has.

fn checks(s: String, n: i64, v: Vec<i32>) -> (String, i64, usize) {
    let a: String = s.into();
    let b = i64::from(n);
    let c = v.into_iter().into_iter().count();
    (a, b, c)
}

fn strings(s: String) -> String {
    String::from(s)
}

// Near misses: real conversions.
fn near(s: &str, n: i32) -> (String, i64) {
    (s.into(), i64::from(n))
}

#[allow(clippy::useless_conversion)]
fn allowed(s: String) -> String {
    s.into()
}

fn main() {
    println!("{:?} {} {:?} {}", checks(String::new(), 1, vec![1]), strings(String::new()), near("a", 2), allowed(String::new()));
}
