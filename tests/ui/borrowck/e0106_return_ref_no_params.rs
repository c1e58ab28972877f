// Returning a reference from a function with no reference parameters: E0106.
fn banner() -> &str {
    "welcome"
}

fn main() {
    println!("{}", banner());
}
