fn main() {
    let code = 3;
    panic!("failed with {} and {}", code);
}
