// Summing `&str` values: `Sum` is not implemented for `i32` over `&str`: E0277.
fn main() {
    let parts = vec!["1", "2", "3"];
    let total: i32 = parts.iter().sum();
    println!("{total}");
}
