fn main() {
    println!("other example");
}
