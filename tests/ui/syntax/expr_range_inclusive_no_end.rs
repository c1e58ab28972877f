fn main() {
    let data = [5, 6, 7, 8, 9];
    let tail = &data[2..=];
    println!("{:?}", tail);
}
