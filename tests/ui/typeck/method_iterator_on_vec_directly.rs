// Calling an iterator adapter directly on a `Vec` (missing `.iter()`): E0599.
fn main() {
    let prices = vec![120, 80, 45];
    let discounted: Vec<i32> = prices.map(|p| p * 9 / 10).collect();
    println!("{:?}", discounted);
}
