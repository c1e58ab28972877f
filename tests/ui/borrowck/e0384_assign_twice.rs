// Assigning twice to an immutable binding: E0384.
fn main() {
    let total = 0;
    let prices = [3, 4, 5];
    for p in prices {
        println!("{p}");
    }
    total = prices.iter().sum::<i32>();
    println!("{total}");
}
