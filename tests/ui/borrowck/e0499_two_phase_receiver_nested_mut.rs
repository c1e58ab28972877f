// A reserved `&mut` receiver conflicts with a mutable borrow in the arguments: E0499.
fn main() {
    let mut v = vec![1, 2];
    v.push(v.pop().unwrap());
    println!("{:?}", v);
}
