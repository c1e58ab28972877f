// NLL accepts this (a false error ferric once reported: m10a_tle_field_of_temp_E0716).
fn main() { let a = &(String::new(), 1).0; println!("{}", a); }
