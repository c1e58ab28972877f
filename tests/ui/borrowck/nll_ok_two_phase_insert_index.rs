// Two-phase borrows: `v.insert(0, v[1])` evaluates the argument before activating the `&mut`.
fn main() {
    let mut v = vec![10, 20, 30];
    v.insert(0, v[1]);
    v.insert(v.len(), v[0] + v[3]);
    println!("{:?}", v);
}
