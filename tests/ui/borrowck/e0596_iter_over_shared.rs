// `iter_mut` on a Vec reached through a shared reference: E0596.
fn double_all(v: &Vec<i32>) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    double_all(&v);
    println!("{:?}", v);
}
