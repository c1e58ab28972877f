// NLL accepts this (a false error ferric once reported: m04_autoderef_double_mut_ref_E0507).
fn f(l: &mut &mut Vec<i32>) { l.push(1); }
fn main() { let mut v = vec![]; f(&mut &mut v); }
