fn main() {
    let v = vec![3, 1, 2];
    let n = v.len());
    println!("{}", n);
}
