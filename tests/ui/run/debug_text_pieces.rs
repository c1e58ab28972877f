// `{:?}` of str, String and char: quotes, escapes (\n \t \r \0 \\ \" \' \u{..}), grapheme
// extenders, unprintable chars, and the writes a `fmt::Write` sees; `{:?}` inside
// collections and structs (Debug builders) too.
use std::fmt::Write;

struct Log(Vec<String>);
impl Write for Log {
    fn write_str(&mut self, s: &str) -> std::fmt::Result { self.0.push(format!("s:{}", s)); Ok(()) }
    fn write_char(&mut self, c: char) -> std::fmt::Result { self.0.push(format!("c:{}", c)); Ok(()) }
}

#[derive(Debug)]
struct Named { name: String, c: char, tags: Vec<&'static str> }

fn main() {
    let texts = ["plain", "", "tab\there", "quote\"s and 'single'", "back\\slash", "nul\0x", "line\nbreak\r",
        "é ü 日本", "e\u{301}", "\u{200b}zero-width", "\u{7f}del\u{1b}esc", "\u{10ffff}", "\u{a0}nbsp", "mixed \"é\u{301}\"\n"];
    for t in texts.iter() {
        let owned = t.to_string();
        let s = format!("{:?} {:?}", t, owned);
        println!("{} cap={}", s, s.capacity());
    }
    for c in ['a', '\'', '"', '\n', '\0', '\u{301}', 'é', '\u{7f}', '\\', ' '].iter() {
        println!("{:?} {}", c, format!("{:?}", c).len());
    }
    let mut log = Log(Vec::new());
    write!(log, "{:?}|{:?}|{:?}", "a\nb\"c", 'x', '\t').unwrap();
    println!("{:?}", log.0);
    let n = Named { name: "tab\tname \"q\"".to_string(), c: '\'', tags: vec!["x\ny", "é"] };
    println!("{:?}", n);
    println!("{:#?}", n);
    let v = vec!["a\"b".to_string(), "\u{301}".to_string()];
    println!("{:?} {:?}", v, Some("x\ty"));
}
