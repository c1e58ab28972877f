// An empty `Vec::new()` never used with an element type: E0282.
fn main() {
    let history = Vec::new();
    println!("{}", history.len());
}
