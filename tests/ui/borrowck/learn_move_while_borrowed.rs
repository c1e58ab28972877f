fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    let mut v2 = v;
    v2.push(4);
    println!("{}", first);
}
