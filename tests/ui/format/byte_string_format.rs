fn main() {
    println!(b"bytes");
}
