fn main() {
    println!("{_}");
}
