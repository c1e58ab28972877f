// Using a String after it was moved into another binding: E0382.
fn main() {
    let greeting = String::from("hello");
    let moved = greeting;
    println!("{moved}");
    println!("{}", greeting.len());
}
