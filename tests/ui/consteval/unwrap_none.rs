// `checked_mul` overflows, and `unwrap` of its `None` fails the evaluation: E0080.
const AREA: u8 = 20u8.checked_mul(20).unwrap();

fn main() {}
