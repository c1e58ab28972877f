// Reassigning an immutable function parameter: E0384.
fn clamp_to_ten(n: u32) -> u32 {
    if n > 10 {
        n = 10;
    }
    n
}

fn main() {
    println!("{}", clamp_to_ten(42));
}
