fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

fn is_anagram(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let mut v: Vec<char> = s.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
        v.sort_unstable();
        v
    };
    norm(a) == norm(b)
}

fn acronym(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            let rest = chars
                .zip(w.chars())
                .filter(|(c, prev)| c.is_uppercase() && prev.is_lowercase())
                .map(|(c, _)| c);
            first.into_iter().chain(rest)
        })
        .collect()
}

fn pig_latin(word: &str) -> String {
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    match word.find(|c: char| vowels.contains(&c)) {
        Some(0) => format!("{}ay", word),
        Some(i) => format!("{}{}ay", &word[i..], &word[..i]),
        None => format!("{}ay", word),
    }
}

fn bob(msg: &str) -> &'static str {
    let m = msg.trim();
    let yell = m.chars().any(|c| c.is_alphabetic()) && m == m.to_uppercase();
    match (m.is_empty(), yell, m.ends_with('?')) {
        (true, _, _) => "Fine. Be that way!",
        (_, true, true) => "Calm down, I know what I'm doing!",
        (_, true, false) => "Whoa, chill out!",
        (_, false, true) => "Sure.",
        _ => "Whatever.",
    }
}

fn main() {
    println!("{}", reverse_words("  the sky   is blue "));
    println!("{} {}", is_anagram("Listen", "Silent!"), is_anagram("abc", "abd"));
    for s in ["Portable Network Graphics", "HyperText Markup Language", "Complementary metal-oxide semiconductor", "snake_case_name"] {
        println!("{} -> {}", s, acronym(s));
    }
    println!("{:?}", ["apple", "banana", "string", "rhythm"].map(pig_latin));
    for m in ["WATCH OUT!", "Does this work?", "WHAT?", "   ", "1, 2, 3", "ok."] {
        println!("{:?}: {}", m, bob(m));
    }
    let s = "Grüße, Jürgen ❤ ñandú";
    println!("len={} chars={}", s.len(), s.chars().count());
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    println!("{:?}", s.find('J'));
    println!("{:?}", s.char_indices().filter(|(_, c)| c.len_utf8() > 1).map(|(i, c)| (i, c, c.len_utf8())).collect::<Vec<_>>());
    println!("{:?}", s.split(", ").collect::<Vec<_>>());
    println!("{}", s.escape_default());
    println!("{}", s.escape_debug());
    println!("{}", "tab\there \"q\" \\ \u{7f}".escape_default());
    println!("{}", 'ß'.to_uppercase());
    println!("{:?}", 'İ'.to_lowercase().collect::<String>());
    println!("{}", "ǅungla".to_lowercase());
    let lines = "first\r\nsecond\n\nfourth\r\n";
    println!("{:?}", lines.lines().collect::<Vec<_>>());
    println!("{:?}", "a,b;c".split_inclusive([',', ';']).collect::<Vec<_>>());
    println!("{:?}", "one two three four".rsplitn(2, ' ').collect::<Vec<_>>());
    println!("{:?}", "one two three four".splitn(3, ' ').collect::<Vec<_>>());
    println!("{:?}", "x=1&y=2&z".split('&').map(|kv| kv.split_once('=')).collect::<Vec<_>>());
    println!("{:?}", "  xx hello xx  ".trim().trim_matches('x').trim());
    println!("{:?}", "123abc456".trim_start_matches(char::is_numeric).trim_end_matches(|c: char| c.is_ascii_digit()));
    println!("{:?}", "prefix-body".strip_prefix("prefix-").and_then(|s| s.strip_suffix("dy")));
    println!("{:?}", "hello".rfind('l').zip("hello".find("ll")));
    println!("{:?}", "abcabc".match_indices("bc").collect::<Vec<_>>());
    println!("{:?}", "AbC".chars().map(|c| if c.is_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect::<String>());
    println!("{:?}", String::from_utf8_lossy(&[72, 105, 0xF0, 0x90, 0x80, 33]));
    println!("{:?}", String::from_utf8(vec![0xE2, 0x82, 0xAC]).unwrap());
    println!("{:?}", std::str::from_utf8(&[0xC3, 0x28]).map_err(|e| e.to_string()));
    println!("{:?}", "é".bytes().collect::<Vec<u8>>());
    println!("{:?}", "e\u{301}".chars().collect::<Vec<_>>());
    println!("{:?}", ['a', 'Z', '5', ' ', '!', 'é', '\n'].iter().map(|c| (c.is_alphanumeric(), c.is_ascii_punctuation(), c.is_whitespace(), c.is_lowercase())).collect::<Vec<_>>());
    println!("{:?}", ('a'..='e').collect::<String>());
    println!("{:?}", (b'a'..=b'e').map(|b| (b - 32) as char).collect::<Vec<_>>());
    println!("{:?}", ['7', 'f', 'z'].iter().map(|c| c.to_digit(16)).collect::<Vec<_>>());
    println!("{:?}", (0..4).map(|d| std::char::from_digit(d * 5, 16)).collect::<Vec<_>>());
    println!("{:?}", char::from_u32(0x263A).map(|c| (c, c as u32, c.len_utf16())));
    println!("{}", 'a' < 'b' && "apple" < "apricot" && "Zebra" < "apple");
    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", words);
    let mut s2 = String::from("hello");
    s2.insert(0, '¡');
    s2.insert_str(s2.len(), " world");
    s2.retain(|c| c != 'o');
    println!("{} {}", s2, s2.len());
    let popped = s2.pop();
    s2.truncate(4);
    println!("{:?} {:?}", popped, s2);
    let mut s3 = String::from("abcdef");
    let dr: String = s3.drain(1..3).collect();
    s3.replace_range(0..1, "XY");
    println!("{} {}", dr, s3);
    println!("{}", "ab".repeat(3) + &"-".repeat(2));
    println!("{:?}", "Hello".char_indices().rev().map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", "a1b2c3".chars().filter(char::is_ascii_digit).collect::<String>());
    println!("{:?}", format!("{:?}", "\u{0}\u{1b}[0m"));
    println!("{:?}", "abc".cmp("abd"));
    println!("{}", "mañana".chars().rev().collect::<String>());
    println!("{}", "über".contains("be") && "über".starts_with('ü'));
    println!("{:?}", "a\tb c".split(char::is_whitespace).collect::<Vec<_>>());
    println!("{:?}", "Hello World".to_ascii_uppercase());
    println!("{}", i64::from_str_radix("zz", 36).unwrap());
    println!("{:?}", "3.14abc".split_at(4));
    println!("{:?}", "AAA".to_lowercase().eq_ignore_ascii_case("aaa"));
    println!("{:?}", "word".chars().map(|c| ((c as u8) ^ 0x20) as char).collect::<String>());
}
