fn main() {
    let ok = true;
    assert!(ok, 5);
}
