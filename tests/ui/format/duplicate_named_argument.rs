fn main() {
    println!("{a}", a = 1, a = 2);
}
