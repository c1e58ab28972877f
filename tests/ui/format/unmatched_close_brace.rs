fn main() {
    println!("value: x}");
}
