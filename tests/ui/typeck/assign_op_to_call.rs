// A compound assignment to a method call result: E0067.
fn main() {
    let mut v = vec![1, 2, 3];
    v.len() += 1;
    println!("{:?}", v);
}
