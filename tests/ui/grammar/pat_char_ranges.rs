// Char patterns and char ranges: classifying characters for a ROT13
// encoder, a password-strength checker and a simple identifier validator.

fn rot13(c: char) -> char {
    match c {
        'a'..='m' | 'A'..='M' => ((c as u8) + 13) as char,
        'n'..='z' | 'N'..='Z' => ((c as u8) - 13) as char,
        _ => c,
    }
}

fn strength(pw: &str) -> (u32, Vec<&'static str>) {
    let (mut lower, mut upper, mut digit, mut symbol, mut other) = (false, false, false, false, false);
    for c in pw.chars() {
        match c {
            'a'..='z' => lower = true,
            'A'..='Z' => upper = true,
            '0'..='9' => digit = true,
            '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => symbol = true,
            _ => other = true,
        }
    }
    let mut missing = Vec::new();
    let mut score = 0;
    for (ok, name) in [(lower, "lowercase"), (upper, "uppercase"), (digit, "digit"), (symbol, "symbol")] {
        if ok { score += 1 } else { missing.push(name) }
    }
    if pw.chars().count() >= 12 {
        score += 1;
    }
    if other {
        score += 1;
    }
    (score, missing)
}

fn valid_ident(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('a'..='z' | 'A'..='Z' | '_') => chars.all(|c| matches!(c, 'a'..='z' | 'A'..='Z' | '0'..='9' | '_')),
        _ => false,
    }
}

fn main() {
    let msg = "Hello, World! Why did the chicken cross the road?";
    let enc: String = msg.chars().map(rot13).collect();
    let dec: String = enc.chars().map(rot13).collect();
    println!("{}\n{}\n{}", msg, enc, dec);

    for pw in ["password", "Passw0rd", "C0rrect-Horse!", "ñandú_Ünïcode9", "1234"] {
        let (score, missing) = strength(pw);
        println!("{:<16} score {} missing {:?}", pw, score, missing);
    }

    for id in ["foo", "_bar9", "9lives", "with-dash", "", "CamelCase"] {
        println!("{:?} valid identifier: {}", id, valid_ident(id));
    }

    let sample = "Tab\there, 3 spaces   and ünïcode é!";
    let mut counts = [0u32; 5];
    for c in sample.chars() {
        let idx = match c {
            '\t' | '\n' | ' ' => 0,
            'a'..='z' => 1,
            'A'..='Z' => 2,
            '0'..='9' => 3,
            _ => 4,
        };
        counts[idx] += 1;
    }
    println!("space {} lower {} upper {} digit {} other {}", counts[0], counts[1], counts[2], counts[3], counts[4]);

    let beyond_ascii = sample.chars().filter(|c| matches!(c, '\u{80}'..=char::MAX)).count();
    println!("non-ASCII characters: {}", beyond_ascii);
}
