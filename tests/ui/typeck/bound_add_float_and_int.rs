// Multiplying an `f64` by an integer variable: E0277.
fn main() {
    let price: f64 = 9.99;
    let quantity: u32 = 3;
    let total = price * quantity;
    println!("{total:.2}");
}
