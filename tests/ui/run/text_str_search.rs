// str searches by char and by &str pattern: splits from both ends, lines, matches,
// find/rfind, replace, with multi-byte chars and empty pieces; the same on a str viewing
// a copied byte array.
fn show<'a>(label: &str, it: impl Iterator<Item = &'a str>) {
    let v: Vec<&str> = it.collect();
    println!("{}: {:?}", label, v);
}

fn main() {
    let s = "a,b,,c,";
    show("split ,", s.split(','));
    show("rsplit ,", s.rsplit(','));
    show("splitn 2", s.splitn(2, ','));
    show("rsplitn 2", s.rsplitn(2, ','));
    show("split_terminator", s.split_terminator(','));
    show("rsplit_terminator", s.rsplit_terminator(','));
    show("split_inclusive", s.split_inclusive(','));
    show("split str", "one, two,, three, ".split(", "));
    show("rsplit str", "one, two,, three, ".rsplit(", "));
    show("split empty", "".split(','));
    show("split empty needle", "héj".split(""));
    show("split multibyte", "α→β→→γ".split('→'));
    show("rsplit multibyte", "α→β→→γ".rsplit('→'));
    show("split é str", "caféxcafé".split("é"));
    show("lines", "l1\nl2\r\n\nl4\r\nlast".lines());
    show("lines trailing", "x\ny\n".lines());
    show("lines back", "x\r\ny\n\nz".lines().rev());
    show("matches", "abcabcab".matches("ab"));
    show("rmatches", "aaaa".rmatches("aa"));
    show("matches char", "h€llo w€rld".matches('€'));
    let mi: Vec<(usize, &str)> = "a€b€c".match_indices('€').collect();
    println!("match_indices: {:?}", mi);
    let rmi: Vec<(usize, &str)> = "xyxyx".rmatch_indices("yx").collect();
    println!("rmatch_indices: {:?}", rmi);
    println!("find: {:?} {:?} {:?} {:?}", "hello".find('l'), "hello".find("lo"), "hello".find('z'), "h€llo".find('l'));
    println!("rfind: {:?} {:?} {:?}", "hello".rfind('l'), "h€l€o".rfind('€'), "hello".rfind("xx"));
    println!("find empty: {:?} {:?}", "abc".find(""), "abc".rfind(""));
    println!("replace: {} {} {}", "a-b-c".replace('-', "+"), "aaa".replace("aa", "b"), "héhé".replacen('é', "e", 1));
    println!("contains: {} {} {} {}", "hello".contains('e'), "hello".contains("ll"), "hello".contains("lol"), "".contains(""));
    println!("starts/ends: {} {} {} {}", "hello".starts_with('h'), "hello".ends_with("llo"), "€x".starts_with('€'), "x€".ends_with('€'));
    println!("strip: {:?} {:?}", "[x]".strip_prefix('[').and_then(|s| s.strip_suffix(']')), "ab".strip_suffix("c"));
    println!("split_once: {:?} {:?}", "k=v=w".split_once('='), "k=v=w".rsplit_once("="));
    let mut sp = "1,2,3,4,5".split(',');
    println!("both ends: {:?} {:?} {:?} {:?}", sp.next(), sp.next_back(), sp.next(), sp.next_back());
    println!("rest: {:?}", sp.collect::<Vec<_>>());
    let mut ci = "a€b".char_indices();
    ci.next();
    println!("char_indices: {:?} {:?}", ci.next(), ci.offset());
    println!("trim: {:?} {:?} {:?}", "  x y \t\n".trim(), "\u{3000}x\u{a0}".trim(), "\u{85}x".trim_start());
    println!("trim_end: {:?} {:?}", "x \u{2029}".trim_end(), " ".trim_end());
    println!("trim_matches: {:?} {:?}", "xxaxx".trim_matches('x'), "ab12ba".trim_matches(|c| c == 'a' || c == 'b'));
    copied_bytes();
}

fn copied_bytes() {
    use std::collections::HashMap;
    let data = *b" Rust! is\nfun 42 ";
    let s = std::str::from_utf8(&data).unwrap();
    println!("{:?} {:?} {:?}", s.split_whitespace().collect::<Vec<_>>(), s.trim(), s.lines().collect::<Vec<_>>());
    println!("{:?} {:?} {:?} {}", s.find('!'), s.rfind("u"), s.split('s').count(), s.contains("fun"));
    println!("{} {:?} {} {}", s.trim() == "Rust! is\nfun 42", s.trim().cmp("Rust"), s.to_uppercase(), s.trim_end().len());
    println!("[{}] [{:>20}] {:?}", s, s, s.split_whitespace().last().unwrap().parse::<u8>());
    let mut m: HashMap<&str, usize> = HashMap::new();
    for w in s.split_whitespace() {
        *m.entry(w).or_insert(0) += w.len();
    }
    println!("{:?} {:?}", m.get("fun"), m.get(&*String::from("is")));
    let mut out = String::new();
    out.push_str(s);
    use std::fmt::Write;
    write!(out, "{}|{:3}", s, &s[1..3]).unwrap();
    println!("{:?}", out);
}
