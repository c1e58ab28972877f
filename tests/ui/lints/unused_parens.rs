fn f(a: i32) -> i32 { return (a); }
fn main() {
    let x = (1 + 2);
    if (x > 1) {}
    while (x < 0) {}
    match (x) { _ => {} }
    let y = f((x));
    let t = (x as i64);
    let ok = (x, y);
    let r = (0..3);
    let s = (-x).abs();
    println!("{} {} {:?} {:?} {}", y, t, ok, r, s);
}
