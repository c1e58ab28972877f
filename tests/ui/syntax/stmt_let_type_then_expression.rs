fn main() {
    let a: i32 > 3;
}
fn g() {
    let b: u8 as u32;
}
fn h() {
    let &c: u8 3;
}
