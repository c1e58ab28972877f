static N: i32 = 3;
fn main() {
    let r = &mut N;
    *r += 1;
}
