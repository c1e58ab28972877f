// A closure parameter whose type is never determined before a method call: E0282.
fn main() {
    let shout = |s| s.to_uppercase();
    println!("{}", shout("hey"));
}
