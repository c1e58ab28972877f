fn r() -> Result<i32, ()> { Ok(1) }
fn main() {
    r();
    let _ = r();
}
