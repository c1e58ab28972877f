// Drop-liveness: see the file name.
struct D<'a>(&'a String);
impl Drop for D<'_> { fn drop(&mut self) {} }
fn main() {
    let mut s = String::from("a");
    let d = D(&s);
    let moved = d;
    std::mem::forget(moved);
    s.push('b');
    println!("{s}");
}
