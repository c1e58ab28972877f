// char_lit_as_u8: `'a' as u8` is `b'a'`.

fn checks() -> [u8; 2] {
    ['a' as u8, '\n' as u8]
}

// Near misses: not a literal, or a wider target.
fn near(c: char) -> (u8, u32) {
    (c as u8, 'a' as u32)
}

#[allow(clippy::char_lit_as_u8)]
fn allowed() -> u8 {
    'z' as u8
}

fn main() {
    println!("{:?} {:?} {}", checks(), near('b'), allowed());
}
