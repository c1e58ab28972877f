// to_string_in_format_args: `x.to_string()` as a `{}` argument formats twice.

fn checks(n: i32, s: &str) {
    println!("{} {}", n.to_string(), s);
    let t = format!("[{}]", n.to_string());
    println!("{}", t);
}

// Near misses: a `{:?}` placeholder, no `to_string`.
fn near(n: i32) {
    println!("{:?}", n.to_string());
    println!("{}", n);
}

#[allow(clippy::to_string_in_format_args)]
fn allowed(n: i32) {
    println!("{}", n.to_string());
}

fn main() {
    checks(1, "s");
    near(2);
    allowed(3);
}
