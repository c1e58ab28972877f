// Assigning to a tuple element of an immutable binding: E0594.
fn main() {
    let pair = (String::from("key"), 1);
    pair.1 = 2;
    println!("{:?}", pair);
}
