//@ compile-flags: -D warnings
fn main() { let x = 5; let mut y = 1; println!("{}", y); }
