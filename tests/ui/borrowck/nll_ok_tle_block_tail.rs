// NLL accepts this (a false error ferric once reported: m10c_tle_block_tail_E0716).
fn main() { let a = { &String::new() }; println!("{}", a); }
