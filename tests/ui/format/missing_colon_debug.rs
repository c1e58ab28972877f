fn main() {
    let v = 2;
    println!("{v?}");
}
