fn main() {
    if let Some(z) = Some(1) {
        println!("z");
    }
}
