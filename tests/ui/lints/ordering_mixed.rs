fn r() -> Result<i32, ()> { Ok(1) }
fn dead() {}
fn main() {
    let mut q = 1;
    let BadV = 2;
    r();
    let _ = q;
}
