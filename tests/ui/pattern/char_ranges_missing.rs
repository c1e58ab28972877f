// Char ranges: what remains is printed as char ranges, with escapes for the characters
// that are not printable (the surrogate gap splits the last one).
fn class(c: char) -> u8 {
    match c {
        '\0'..='\u{1f}' => 0,
        ' '..='~' => 1,
        '\u{e000}'..='\u{f8ff}' => 2,
    }
}

fn main() {
    println!("{}", class('x'));
}
