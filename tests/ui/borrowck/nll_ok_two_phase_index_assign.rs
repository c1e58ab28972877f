// Two-phase borrows and index reads inside method arguments: accepted.
fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    v.insert(0, v[2] * 10);
    let n = v.len();
    v.truncate(n - 1);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    println!("{:?} {}", v, s);
}
