// NLL accepts this (a false error ferric once reported: m01d_closure_arg_result_E0373).
fn pick<F: FnOnce() -> u64>(m: &mut u64, f: F) -> &u64 { *m = f(); m }
fn get(m: &mut u64, k: u64) -> &u64 { pick(m, || k) }
fn main() { let mut m = 0; println!("{}", get(&mut m, 1)); }
