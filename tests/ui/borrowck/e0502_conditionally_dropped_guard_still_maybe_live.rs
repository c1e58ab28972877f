// Drop-liveness: see the file name.
struct G<'a>(&'a mut i32);
impl Drop for G<'_> { fn drop(&mut self) { *self.0 += 1; } }
fn main() {
    let mut x = 1;
    let g = G(&mut x);
    if x > 100 { drop(g); }
    println!("{x}");
}
