fn dead() {}
fn main() {
    let x = 1;
    let mut q = 1;
    let v = vec![1];
    let r = &v;
    drop(v);
    println!("{:?}", r);
}
