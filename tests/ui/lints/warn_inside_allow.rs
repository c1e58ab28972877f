#![allow(unused)]
#[warn(unused_variables)]
fn f() { let x = 1; }
fn main() { f(); let y = 2; }
