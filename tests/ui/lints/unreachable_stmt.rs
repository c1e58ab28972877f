fn main() {
    let x = 1;
    return;
    let y = x;
}
