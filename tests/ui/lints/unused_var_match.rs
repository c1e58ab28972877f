fn main() {
    match Some(3) {
        Some(v) => println!("some"),
        None => {}
    }
}
