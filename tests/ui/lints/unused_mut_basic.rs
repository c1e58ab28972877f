fn main() {
    let mut v = vec![1, 2];
    println!("{}", v.len());
}
