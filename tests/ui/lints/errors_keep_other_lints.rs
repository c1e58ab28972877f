use std::collections::HashMap;
use std::fmt::Write;
fn helper(a: i32, b: i32) -> i32 {
    let mut unused_mut = 5;
    let never = 3;
    let mut x = 1;
    x = 2;
    if (a > b) { return a; }
    loop { return b; }
    let after = 1;
    0
}
fn BadName() {}
struct bad_type;
fn unused_fn() {}
fn main() {
    let t: i32 = "x";
    let unused_in_main = 1;
    helper(1, 2);
    BadName();
}
