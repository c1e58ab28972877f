fn main() {
    let mut z = 1;
}
