fn take(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1, 2, 3];
    take(v);
    println!("{}", v.len());
}
