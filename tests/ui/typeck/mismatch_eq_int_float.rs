// Comparing an integer with a float using `==` (no implicit conversion): E0308.
fn main() {
    let count: i32 = 3;
    let ratio: f64 = 3.0;
    if count == ratio {
        println!("equal");
    }
}
