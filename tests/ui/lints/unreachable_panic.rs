fn f() -> i32 {
    panic!("no");
    let a = 3;
    a
}
fn main() { f(); }
