static N: i32 = 3;
fn main() {
    N = 4;
}
