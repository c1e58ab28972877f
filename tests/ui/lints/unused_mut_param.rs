fn f(mut x: i32) -> i32 { x }
fn main() { println!("{}", f(1)); }
