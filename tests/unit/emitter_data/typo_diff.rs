fn main() {
    let count = 1;
    let y = coutn + 1;
}
