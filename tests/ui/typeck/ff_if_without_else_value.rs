// `if` used as a value without `else`, and branches of different types.
fn sign(n: i32) -> &'static str {
    let s = if n < 0 {
        "negative"
    };
    s
}

fn half(n: u32) -> u32 {
    let h = if n % 2 == 0 { n / 2 } else { n as f64 / 2.0 };
    h
}

fn main() {
    println!("{} {}", sign(-1), half(3));
}
