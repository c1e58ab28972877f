// NLL: a shared borrow ends at its last use, so the Vec can be mutated afterwards.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {first}");
    v.push(4);
    println!("{:?}", v);
}
