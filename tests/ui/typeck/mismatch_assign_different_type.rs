// Assigning a value of another type to an existing binding: E0308.
fn main() {
    let mut total = 0u32;
    let prices = [3.5, 2.25, 4.0];
    for p in prices {
        total = total + 1;
    }
    total = prices.len();
    println!("{total}");
}
