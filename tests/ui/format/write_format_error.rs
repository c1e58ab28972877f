use std::fmt::Write;
fn main() {
    let mut s = String::new();
    write!(s, "{0} {1}", 1).unwrap();
}
