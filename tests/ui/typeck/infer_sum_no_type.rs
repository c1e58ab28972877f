// `sum()` with no annotation on the result: E0283.
fn main() {
    let prices = [3, 4, 5];
    let total = prices.iter().sum();
    println!("total: {}", total);
}
