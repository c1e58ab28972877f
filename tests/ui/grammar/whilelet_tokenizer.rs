// A tokenizer driven by `while let Some(&c) = chars.peek()` over a Peekable.

use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Str(String),
    Op(char),
    Arrow,
}

fn read_number(it: &mut Peekable<Chars>) -> f64 {
    let mut s = String::new();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() || c == '.' || c == '_' {
            if c != '_' {
                s.push(c);
            }
            it.next();
        } else {
            break;
        }
    }
    s.parse().unwrap_or(0.0)
}

fn tokenize(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    while let Some(&c) = it.peek() {
        match c {
            ' ' | '\t' | '\n' => {
                it.next();
            }
            '0'..='9' => out.push(Tok::Num(read_number(&mut it))),
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut id = String::new();
                while let Some(&c) = it.peek().filter(|c| c.is_alphanumeric() || **c == '_') {
                    id.push(c);
                    it.next();
                }
                out.push(Tok::Ident(id));
            }
            '"' => {
                it.next();
                let mut s = String::new();
                while let Some(c) = it.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(esc) = it.next() {
                                s.push(match esc { 'n' => '\n', 't' => '\t', other => other });
                            }
                        }
                        _ => s.push(c),
                    }
                }
                out.push(Tok::Str(s));
            }
            '-' => {
                it.next();
                if let Some('>') = it.peek() {
                    it.next();
                    out.push(Tok::Arrow);
                } else {
                    out.push(Tok::Op('-'));
                }
            }
            _ => {
                it.next();
                out.push(Tok::Op(c));
            }
        }
    }
    out
}

fn main() {
    let sources = [
        "let total = price * 1_000 + 2.5;",
        "f(x) -> y - 3",
        r#"print("tab\there \"quoted\"\n")"#,
        "a_b1 >= 10.25",
    ];
    for src in sources {
        println!("{}", src);
        for tok in tokenize(src) {
            println!("    {:?}", tok);
        }
    }
    let toks = tokenize("x - -> 7");
    println!("arrow present: {}", toks.contains(&Tok::Arrow));
}
