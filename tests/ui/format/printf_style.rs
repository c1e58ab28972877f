fn main() {
    println!("{} %d %s", 1, 2, 3);
}
