fn foo(a: &mut i32, b: &i32) -> i32 { *a + *b }
fn main() {
    let mut x = 1;
    foo(&mut x, &x);
}
