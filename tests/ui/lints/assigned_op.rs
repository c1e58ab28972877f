fn main() {
    let mut a = 1;
    a += 1;
}
