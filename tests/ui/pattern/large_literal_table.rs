// A long table of literal arms (exhaustive thanks to the last arm) and a long char table.
fn roman(n: u16) -> &'static str {
    match n {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        10 => "X",
        11 => "XI",
        12 => "XII",
        13 => "XIII",
        14 => "XIV",
        15 => "XV",
        16 => "XVI",
        17 => "XVII",
        18 => "XVIII",
        19 => "XIX",
        20 => "XX",
        _ => "?",
    }
}

fn vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' => true,
        'A' | 'E' | 'I' | 'O' | 'U' | 'Y' => true,
        '\0'..='@' | 'B'..='D' | 'F'..='H' | 'J'..='N' | 'P'..='T' | 'V'..='X' | 'Z'..='`' => false,
        'b'..='d' | 'f'..='h' | 'j'..='n' | 'p'..='t' | 'v'..='x' | 'z'..=char::MAX => false,
    }
}

fn main() {
    println!("{} {} {}", roman(4), roman(19), roman(99));
    println!("{} {} {}", vowel('a'), vowel('Z'), vowel('\u{1F600}'));
}
