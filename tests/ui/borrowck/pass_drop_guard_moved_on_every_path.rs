// Drop-liveness: see the file name.
struct G<'a>(&'a mut i32);
impl Drop for G<'_> { fn drop(&mut self) { *self.0 += 1; } }
fn main() {
    let mut x = 1;
    let g = G(&mut x);
    let c = true;
    if c { drop(g); }
    else { println!("no"); return; }
    println!("{x}");
}
