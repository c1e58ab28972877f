fn add(a: i32, b: i32) -> i32 { a }
fn main() { println!("{}", add(1, 2)); }
