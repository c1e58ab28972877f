#![allow(nonstandard_style)]
struct lower_s;
const lower_c: i32 = 1;
fn BadName() {}
fn main() { let _ = lower_s; let _ = lower_c; BadName(); let FooBar = 1; let _ = FooBar; }
