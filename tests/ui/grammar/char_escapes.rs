// Char and byte literals with every escape form: '\n' '\r' '\t' '\\' '\''
// '\"' '\0' '\x41' '\u{1F600}', byte literals b'a' b'\xff' b'\'' and their
// numeric values.

fn describe(c: char) -> String {
    format!("{:?} U+{:04X} utf8 {} byte(s)", c, c as u32, c.len_utf8())
}

fn main() {
    let chars = [
        'a', 'Z', '7', ' ', '\n', '\r', '\t', '\\', '\'', '"', '\"', '\0', '\x41', '\x7f',
        '\u{e9}', '\u{3bb}', '\u{263A}', '\u{1F600}', '\u{10FFFF}',
    ];
    for c in chars {
        println!("{}", describe(c));
    }

    let bytes = [b'a', b'Z', b'0', b' ', b'\n', b'\r', b'\t', b'\\', b'\'', b'"', b'\0', b'\x41', b'\xff', b'\x80'];
    for b in bytes {
        println!("byte {:>3} = {:#04x} = {:?}", b, b, b as char);
    }

    // arithmetic on char codes
    let shifted: String = "HAL".chars().map(|c| char::from_u32(c as u32 + 1).unwrap()).collect();
    println!("HAL + 1 = {}", shifted);
    let upper = (b'q' - b'a' + b'A') as char;
    println!("upper of q via bytes: {}", upper);
    println!("'9' to digit: {:?}, 'f' hex digit: {:?}", '9'.to_digit(10), 'f'.to_digit(16));
    println!("digit 7 to char: {:?}", char::from_digit(7, 10));
    println!("from_u32(0xD800) (surrogate): {:?}", char::from_u32(0xD800));

    // char predicates
    for c in ['a', 'É', '5', '_', ' ', '\u{3000}', '中', '\u{7}'] {
        println!(
            "{:?}: alpha {} numeric {} ws {} upper {} control {} ascii {}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_control(),
            c.is_ascii()
        );
    }

    // escape_default / escape_unicode
    let quoted: String = "tab\t\"q\" ☃".chars().flat_map(|c| c.escape_default()).collect();
    println!("escape_default: {}", quoted);
    println!("escape_unicode of é: {}", 'é'.escape_unicode());
    println!("max char {:?} as u32 {}", char::MAX, char::MAX as u32);
    let mut buf = [0u8; 4];
    let encoded = '😀'.encode_utf8(&mut buf);
    println!("😀 encodes as {:x?} (str {:?})", encoded.as_bytes(), encoded);
}
