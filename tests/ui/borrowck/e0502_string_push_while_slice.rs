// Mutating a String while a slice of it is still used: E0502.
fn main() {
    let mut s = String::from("hello world");
    let word = &s[..5];
    s.push_str("!");
    println!("{word}");
}
