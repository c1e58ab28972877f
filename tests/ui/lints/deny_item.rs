#[deny(unused_variables)]
fn f() { let x = 1; }
fn main() { f(); }
