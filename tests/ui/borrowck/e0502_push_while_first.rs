// Pushing to a Vec while a reference from `first()` is still used: E0502.
fn main() {
    let mut v = vec![10, 20];
    let head = v.first().unwrap();
    v.push(30);
    println!("{head}");
}
