fn main() {
    let width = 12
    let height = 5;
    println!("{}", width * height);
}
