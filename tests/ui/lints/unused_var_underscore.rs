fn main() { let _x = 5; let _ = 6; let used = 1; println!("{used}"); }
