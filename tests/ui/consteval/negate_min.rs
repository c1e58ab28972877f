// Negating the smallest `i8`: E0080.
const NEG: i8 = -i8::MIN;

fn main() {}
