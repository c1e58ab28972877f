fn main() {
    let pair = (3, "three");
    let n = pair.0u8;
    println!("{} {}", n, pair.1);
}
