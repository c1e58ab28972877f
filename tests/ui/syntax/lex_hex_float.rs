fn main() {
    let half = 0x0.8;
    let quarter = 0.25;
    println!("{}", half + quarter);
}
