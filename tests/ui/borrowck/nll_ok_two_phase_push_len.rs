// Two-phase borrows: `v.push(v.len())` reads `v` while the `&mut` autoref is only reserved.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..4 {
        v.push(v.len());
    }
    println!("{:?}", v);
}
