// Dereferencing values that are not pointers, and unsized locals.
fn main() {
    let n: i32 = 5;
    let m = *n + 1;
    let s = String::from("hi");
    let t: str = *s.as_str();
    let v = vec![1, 2];
    let first = *v.first();
    println!("{} {} {:?}", m, t.len(), first);
}
