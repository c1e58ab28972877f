fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut c = || r.push(2);
    let n = r.len();
    c();
    println!("{n}");
}
