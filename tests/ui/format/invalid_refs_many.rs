fn main() {
    println!("{0} {1} {2}", 1);
}
