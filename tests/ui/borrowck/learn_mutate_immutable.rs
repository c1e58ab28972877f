fn main() {
    let v = Vec::new();
    v.push(1);
    let n = 0;
    n += 1;
    println!("{:?} {}", v, n);
}
