fn main() {
    println!("{} {a}", a = 1, 2);
}
