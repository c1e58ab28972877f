fn main() {
    let a: i32 = "x";
    let v = vec![1];
    let w = v;
    println!("{:?}", v);
    let s = String::new();
    s.push('a');
    undefined_fn();
    let n: u8 = 1u16;
    let r = S;
    let t = 5.missing();
    let q = 1 + "a";
    fn f(x: u8) {}
    f(1, 2);
    match Some(1) { Some(_) => {} }
}
