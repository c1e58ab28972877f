fn caesar(s: &str, k: u8) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' => ((c as u8 - b'a' + k) % 26 + b'a') as char,
            'A'..='Z' => ((c as u8 - b'A' + k) % 26 + b'A') as char,
            _ => c,
        })
        .collect()
}

fn word_stats(text: &str) -> (usize, usize, Option<&str>) {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let longest = words.iter().copied().max_by_key(|w| w.chars().count());
    (words.len(), text.lines().count(), longest)
}

fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.next_if_eq(&c).is_some() {
            n += 1;
        }
        if n > 1 {
            out += &n.to_string();
        }
        out.push(c);
    }
    out
}

fn main() {
    let s = "Grüße, Jürgen! 🦀 naïve café";
    println!("bytes={} chars={}", s.len(), s.chars().count());
    println!("{:?}", s.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    println!("{:?}", s.find('🦀'));
    println!("{:?}", s.find("café").map(|i| &s[i..]));
    println!("{}", &s[..5]);
    println!("{:?}", s.get(2..3));
    println!("{:?}", s.split_once(", "));
    println!("{:?}", s.rsplit(' ').collect::<Vec<_>>());
    println!("{}", caesar("Hello, World!", 3));
    println!("{}", caesar(&caesar("Rust", 13), 13));
    let text = "one two  three\nfour,five\n\nsix-seven-eight";
    println!("{:?}", word_stats(text));
    println!("{}", rle("aaabccddddde"));
    let bytes = "héllo".bytes().map(|b| format!("{:02x}", b)).collect::<Vec<_>>().join(" ");
    println!("{}", bytes);
    let rev: String = "abc→def".chars().rev().collect();
    println!("{}", rev);
    println!("{:?}", "  padded\t\n".trim());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?}", "key=value=more".splitn(2, '=').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "Mary had a little lamb".matches(char::is_uppercase).count());
    println!("{}", "tic-tac-toe".replace("-", "").replacen('t', "T", 2));
    println!("{:?}", "ß".to_uppercase());
    println!("{:?} {:?}", 'ß'.is_lowercase(), '9'.to_digit(10));
    println!("{:?}", std::char::from_u32(0x1F980));
    println!("{:?}", char::from_digit(11, 16));
    println!("{}", "abc".starts_with("ab") && "abc".ends_with('c'));
    println!("{:?}", "Hello".char_indices().rev().nth(1));
    let mut owned = String::with_capacity(4);
    owned.push_str("héllo");
    owned.insert(0, '¡');
    owned.truncate(4);
    println!("{} {}", owned, owned.len());
    println!("{:?}", owned.pop());
    println!("{:?}", String::from_utf8(vec![0xe2, 0x82, 0xac]));
    println!("{:?}", String::from_utf8(vec![0xff, 0x41]).is_err());
    println!("{}", String::from_utf8_lossy(&[0x48, 0x69, 0xff]));
    println!("{:>8}|{:<8}|{:^8}|{:.2}|", "añb", "🦀", "ü", "truncate");
    println!("{:?}", "tab\there \"quoted\" \u{7f} é\n");
    println!("{:?}", '\'');
    let idx = s.find('ü').unwrap() + 1;
    println!("{}", &s[idx..]);
}
