// All Unicode scalar values: the two ranges around the surrogates cover `char`.
fn plane(c: char) -> u8 {
    match c {
        '\0'..='\u{D7FF}' => 0,
        '\u{E000}'..='\u{FFFF}' => 1,
        '\u{10000}'..=char::MAX => 2,
    }
}

fn main() {
    println!("{} {} {}", plane('a'), plane('\u{E123}'), plane('\u{1F600}'));
}
