// NLL accepts this (a false error ferric once reported: m06_two_phase_through_mut_ref_param_E0502).
fn f(v: &mut Vec<usize>) { v.push(v.len()); }
fn main() { f(&mut vec![]); }
