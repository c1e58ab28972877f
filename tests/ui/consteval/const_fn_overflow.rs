// A `const fn` whose body overflows when the constant calls it: E0080 with a note.
const fn scale(x: u8, by: u8) -> u8 {
    x * by
}

const SCALED: u8 = scale(100, 3);

fn main() {}
