fn main() {
    let s = format!("{}", 1, 2, 3);
    println!("{}", s);
}
