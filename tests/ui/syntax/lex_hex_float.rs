fn main() {
    let half = 0x0.8;
    println!("{}", half);
}
