fn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }
fn main() {
    let mut s = String::new();
    let r1 = &mut s;
    let r2 = &mut s;
    r1.push('a'); r2.push('b');
    let v = vec![String::new()];
    let first = v[0];
    let c = || s.push('x');
    c();
}
