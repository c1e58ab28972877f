fn classify(n: i64) -> &'static str {
    match n {
        ..=-1 => "negative",
        0 => "zero",
        1..= => "positive",
    }
}

fn main() {
    println!("{}", classify(-4));
}
