// useless_format: `format!("text")` and `format!("{}", s)` for a string `s`.

fn checks(s: &str, t: String) -> (String, String, String) {
    (format!("abc"), format!("{}", s), format!("{}", t))
}

// Near misses: real formatting, a non-string argument.
fn near(s: &str, n: i32) -> (String, String) {
    (format!("{}!", s), format!("{}", n))
}

#[allow(clippy::useless_format)]
fn allowed() -> String {
    format!("allowed")
}

fn main() {
    println!("{:?} {:?} {}", checks("a", String::new()), near("b", 1), allowed());
}
