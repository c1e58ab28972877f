fn main() {
    let word = String::from("hello");
    let first = word[0];
    println!("{}", first);
}
