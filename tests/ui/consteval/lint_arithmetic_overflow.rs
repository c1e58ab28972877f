// `arithmetic_overflow` in a function body (deny by default).
fn main() {
    let x: u8 = 255 + 1;
    let y = i64::MAX * 2;
    let _ = (x, y);
}
