// NLL accepts this (a false error ferric once reported: m10b_tle_tuple_ctor_arg_E0716).
fn main() { let a = Some(&String::new()); println!("{:?}", a); }
