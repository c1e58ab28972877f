fn main() {
    println!("{99999}", 1);
}
