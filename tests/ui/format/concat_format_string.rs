fn main() {
    println!(concat!("{", "x"), 1);
}
