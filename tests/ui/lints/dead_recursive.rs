fn rec(n: u32) -> u32 { if n == 0 { 0 } else { rec(n - 1) } }
fn main() {}
