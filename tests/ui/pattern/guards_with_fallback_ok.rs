// Guards next to unguarded arms: the unguarded ones make the match exhaustive.
fn classify(v: Option<i32>) -> &'static str {
    match v {
        Some(n) if n < 0 => "negative",
        Some(0) => "zero",
        Some(n) if n % 2 == 0 => "even",
        Some(_) => "odd",
        None => "nothing",
    }
}

fn main() {
    for v in [Some(-2), Some(0), Some(4), Some(7), None] {
        println!("{}", classify(v));
    }
}
