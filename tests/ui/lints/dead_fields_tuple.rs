struct Z(i32, i32);
struct Y { a: i32, b: i32, c: i32 }
fn main() { let _ = Z(1, 2); let y = Y { a: 1, b: 2, c: 3 }; let Y { b, .. } = y; let _ = b; }
