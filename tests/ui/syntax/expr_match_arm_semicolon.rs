fn parity(n: i32) -> &'static str {
    match n % 2 {
        0 => "even";
        _ => "odd",
    }
}

fn main() {
    println!("{}", parity(7));
}
