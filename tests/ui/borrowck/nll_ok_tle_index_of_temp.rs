// NLL accepts this (a false error ferric once reported: m10d_tle_index_of_temp_E0716).
fn main() { let a = &vec![String::new()][0]; println!("{}", a); }
