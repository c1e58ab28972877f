fn f() -> i32 {
    let s: i32 = "x";
    return 1;
    let q = 2;
    q
}
fn main() { f(); }
