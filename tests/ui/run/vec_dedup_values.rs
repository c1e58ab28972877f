// Vec::dedup of numbers, strs, Strings, chars, bytes and floats (NaN is never equal).
fn main() {
    let mut a = vec![1, 1, 2, 2, 2, 3, 1, 1];
    a.dedup();
    println!("{:?} {}", a, a.capacity());
    let mut b: Vec<&str> = "x x y z z x".split(' ').collect();
    b.dedup();
    println!("{:?}", b);
    let mut c: Vec<String> = vec!["a".into(), "a".into(), "B".into()];
    c.dedup();
    println!("{:?} {}", c, c.capacity());
    let mut d: Vec<char> = "aabbbcdd".chars().collect();
    d.dedup();
    println!("{:?}", d);
    let mut e: Vec<u8> = b"hello".to_vec();
    e.dedup();
    println!("{:?}", e);
    let mut f: Vec<f64> = vec![1.0, f64::NAN, f64::NAN, 2.0, 2.0];
    f.dedup();
    println!("{:?}", f);
    let mut g: Vec<i32> = Vec::new(); g.dedup(); println!("{:?}", g);
    let s = format!("{}-{}", 1, "x"); let t = format!("plain"); let u = format!("{:>3}", 7);
    println!("{} {} {} {}", s, t, u, format!("{:?}", s));
}
