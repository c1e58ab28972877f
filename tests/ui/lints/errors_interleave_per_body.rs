fn a() {
    let mut m1 = 1;
    let u1 = 2;
    let mut v = vec![1];
    let r = &v;
    v.push(2);
    println!("{} {:?}", m1, r);
}
fn b() -> i32 {
    return 1;
    let z = 5;
    z
}
fn c() {
    let t: i32 = "x";
    let dead = 0;
}
fn d() {
    let mut m2 = 1;
    let u2 = 2;
    let s = String::new();
    let s2 = s;
    println!("{} {}", s, m2);
    loop { break; }
    let q: u8 = 1u16;
}
fn e() {
    let mut m3 = 3;
    let u3 = 2;
    let s = String::new();
    drop(s);
    drop(s);
    println!("{}", m3);
}
fn main() { a(); b(); c(); d(); e(); }
