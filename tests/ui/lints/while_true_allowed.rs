#[allow(while_true)]
fn spin() { let mut n = 0; while true { n += 1; if n > 2 { break; } } }
fn main() { spin(); }
