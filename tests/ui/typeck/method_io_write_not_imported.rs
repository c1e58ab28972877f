// `write_all` on a `Vec<u8>` without `use std::io::Write`: E0599.
fn main() {
    let mut buffer: Vec<u8> = Vec::new();
    buffer.write_all(b"hello").unwrap();
    println!("{}", buffer.len());
}
