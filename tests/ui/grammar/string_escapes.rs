// String literal escapes: \n \r \t \\ \" \' \0 \x7F \u{...}, line
// continuations with a trailing backslash, and multi-line literals.

fn visible(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' => "⏎".to_string(),
            '\t' => "→".to_string(),
            '\r' => "␍".to_string(),
            '\0' => "␀".to_string(),
            c if c.is_control() => format!("<{:02x}>", c as u32),
            c => c.to_string(),
        })
        .collect()
}

fn main() {
    let basic = "tab\there\nnewline";
    let quotes = "she said \"hi\" and 'bye'";
    let single = "it\'s escaped too";
    let backslash = "C:\\path\\to\\file";
    let nul = "a\0b";
    let hex = "\x41\x42\x43 \x7e \x7F";
    let unicode = "\u{48}\u{49} \u{1F980} \u{e9} \u{00263A}";
    let cr = "line1\r\nline2";
    println!("{}", visible(basic));
    println!("{}", quotes);
    println!("{}", single);
    println!("{}", backslash);
    println!("{} (len {})", visible(nul), nul.len());
    println!("{}", visible(hex));
    println!("{} (chars {}, bytes {})", unicode, unicode.chars().count(), unicode.len());
    println!("{:?}", cr);

    // a trailing backslash joins lines and skips leading whitespace
    let continued = "The quick brown fox \
                     jumps over \
                     the lazy dog.";
    println!("{}", continued);

    let wrapped = "first part, \
        second part (indent removed), \

        after a blank line";
    println!("{}", wrapped);

    // a literal newline inside the string is kept verbatim
    let multi = "roses are red
  violets are blue";
    println!("{}", multi);
    println!("{:?}", multi);

    // Debug formatting escapes again
    let tricky = "quote\" backslash\\ tab\t bell\x07 del\x7f é ☃";
    println!("{:?}", tricky);
    println!("{}", visible(tricky));

    // escapes in char-by-char construction
    let built: String = ['\u{52}', '\x75', 's', 't', '\n'].iter().collect();
    print!("{}", built);
    println!("ends with newline: {}", built.ends_with('\n'));

    let braces = format!("{{literal braces}} and {}", "{value}");
    println!("{}", braces);
    let empty = "";
    println!("empty: {:?} len {} is_empty {}", empty, empty.len(), empty.is_empty());
}
