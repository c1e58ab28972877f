fn main() {
    let max = '\u{10FFFF}';
    let beyond = '\u{110000}';
    println!("{:?} {:?}", max, beyond);
}
