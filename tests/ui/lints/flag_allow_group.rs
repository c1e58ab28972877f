//@ compile-flags: -A unused
fn dead() {}
fn main() { let x = 5; }
