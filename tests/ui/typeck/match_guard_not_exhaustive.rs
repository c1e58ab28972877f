// Guards do not count toward exhaustiveness: E0004.
fn classify(n: i64) -> &'static str {
    match n {
        x if x < 0 => "negative",
        0 => "zero",
        x if x > 0 => "positive",
    }
}

fn main() {
    println!("{}", classify(5));
}
