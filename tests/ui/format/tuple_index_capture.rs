fn main() {
    let t = (1, 2);
    println!("{t.0}");
}
