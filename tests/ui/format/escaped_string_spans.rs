fn main() {
    println!("\t\u{1F600}{ {}", 1);
}
