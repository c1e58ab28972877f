// Shifting a `u16` by its width: E0080.
const MASK: u16 = 1 << 16;

fn main() {}
