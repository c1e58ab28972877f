fn main() {
    println!("{1}", 10);
}
