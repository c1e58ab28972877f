// Two live `&mut` borrows of the same Vec: E0499.
fn main() {
    let mut stack = vec![1, 2];
    let a = &mut stack;
    let b = &mut stack;
    a.push(3);
    b.push(4);
    println!("{:?}", stack);
}
