// A method called on a numeric literal's type not yet known is E0689 when the numeric types
// or any trait have an item of that name (here `io::Write::write`), not E0599.
fn main() {
    let mut buf = [0u8; 4];
    let px = buf.as_mut_ptr();
    let x = 5;
    unsafe {
        x.write(px.read() * 7);
    }
}
