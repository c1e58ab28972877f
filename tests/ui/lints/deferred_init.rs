fn main() {
    let t;
    t = 5;
    let u: i32;
}
