use std::collections::BTreeMap;

fn word_freq(text: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
    {
        *m.entry(w).or_insert(0) += 1;
    }
    m
}

fn caesar(s: &str, shift: i32) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let base = if c.is_ascii_lowercase() { b'a' } else { b'A' } as i32;
                (((c as i32 - base + shift).rem_euclid(26)) + base) as u8 as char
            } else {
                c
            }
        })
        .collect()
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<i32> = key.bytes().map(|b| (b.to_ascii_lowercase() - b'a') as i32).collect();
    let mut i = 0;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            let k = shifts[i % shifts.len()];
            out.push_str(&caesar(&c.to_string(), if decrypt { -k } else { k }));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn rle_encode(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        if n > 1 {
            out += &n.to_string();
        }
        out.push(c);
    }
    out
}

fn rle_decode(s: &str) -> String {
    let mut out = String::new();
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
        } else {
            let n: usize = if num.is_empty() { 1 } else { num.parse().unwrap() };
            out.extend(std::iter::repeat(c).take(n));
            num.clear();
        }
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn main() {
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom. Don't panic!";
    let freq = word_freq(text);
    println!("{:?}", freq);
    let mut by_count: Vec<(&String, &usize)> = freq.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in by_count.iter().take(4) {
        println!("{:>8}: {}", w, "*".repeat(**c));
    }
    let secret = caesar("Hello, World! xyz", 3);
    println!("{} -> {}", secret, caesar(&secret, -3));
    let v = vigenere("Attack at dawn!", "LEMON", false);
    println!("{} -> {}", v, vigenere(&v, "LEMON", true));
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccd", ""] {
        let e = rle_encode(s);
        println!("{:?} -> {:?} ok={}", s.len(), e, rle_decode(&e) == s);
    }
    for s in ["A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", "été"] {
        println!("{:?}: {}", s, is_palindrome(s));
    }
    let uni = "héllo wörld ß ǅ";
    println!("{} chars, {} bytes", uni.chars().count(), uni.len());
    println!("{}", uni.to_uppercase());
    println!("{:?}", uni.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    println!("{}", uni.chars().rev().collect::<String>());
    let title: String = uni
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("{}", title);
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "  padded\t".trim_end());
    println!("{:?}", "key=value=x".split_once('='));
    println!("{:?}", "Mississippi".matches("ss").count());
    println!("{:?}", "Mississippi".replace("ss", "SS"));
    println!("{:?}", "abc".bytes().map(|b| b as u32).sum::<u32>());
}
