fn main() {
    assert!();
}
