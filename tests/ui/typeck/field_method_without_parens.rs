// Using a method as a field (missing parentheses): E0615.
fn main() {
    let name = String::from("ferris");
    let n = name.len;
    println!("{n}");
}
