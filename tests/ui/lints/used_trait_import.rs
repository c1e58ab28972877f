use std::io::Write;
use std::fmt::Write as _;
fn main() {
    let mut v: Vec<u8> = Vec::new();
    v.write_all(b"x").unwrap();
    println!("{}", v.len());
}
