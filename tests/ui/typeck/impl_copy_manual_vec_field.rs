// A hand-written `impl Copy` for a struct with a `Vec` field (E0204).
struct Buffer {
    len: usize,
    data: Vec<u8>,
}

impl Clone for Buffer {
    fn clone(&self) -> Self {
        Buffer { len: self.len, data: self.data.clone() }
    }
}

impl Copy for Buffer {}

fn main() {
    let b = Buffer { len: 0, data: vec![] };
    println!("{}", b.len);
}
