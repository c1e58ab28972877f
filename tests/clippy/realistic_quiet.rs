// Idiomatic code that clippy's default lints accept: no lint may fire here.

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug)]
struct Lexer<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { chars: src.chars().peekable() }
    }

    fn tokens(&mut self) -> Result<Vec<Token>, String> {
        let mut out = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_whitespace() {
                self.chars.next();
            } else if c.is_ascii_digit() {
                let mut text = String::new();
                while let Some(&d) = self.chars.peek() {
                    if d.is_ascii_digit() || d == '.' {
                        text.push(d);
                        self.chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Token::Num(text.parse().map_err(|_| format!("bad number {text}"))?));
            } else if "+-*/".contains(c) {
                out.push(Token::Op(c));
                self.chars.next();
            } else if c == '(' {
                out.push(Token::LParen);
                self.chars.next();
            } else if c == ')' {
                out.push(Token::RParen);
                self.chars.next();
            } else {
                return Err(format!("unexpected {c:?}"));
            }
        }
        Ok(out)
    }
}

struct Stats {
    counts: HashMap<String, usize>,
}

impl Stats {
    fn add(&mut self, word: &str) {
        *self.counts.entry(word.to_string()).or_insert(0) += 1;
    }

    fn top(&self, n: usize) -> Vec<(&str, usize)> {
        let mut all: Vec<(&str, usize)> = self.counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (word, count) in self.top(3) {
            writeln!(f, "{word}: {count}")?;
        }
        Ok(())
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "small",
        _ => "large",
    }
}

fn first_even(v: &[i32]) -> Option<i32> {
    let first = v.iter().find(|x| *x % 2 == 0)?;
    Some(first * 10)
}

fn total(v: &[i32]) -> i32 {
    let mut sum = 0;
    for (i, x) in v.iter().enumerate() {
        if i % 2 == 0 {
            sum += x;
        } else {
            sum -= x;
        }
    }
    sum
}

fn main() {
    let tokens = Lexer::new("3 + (4 * 2)").tokens();
    println!("{:?}", tokens);
    let mut stats = Stats { counts: HashMap::new() };
    for w in "a b a c b a".split(' ') {
        stats.add(w);
    }
    print!("{stats}");
    let nums = vec![3, -1, 0, 12, 8];
    let names: Vec<&str> = nums.iter().map(|n| classify(*n)).collect();
    println!("{} {:?} {:?}", names.join(","), first_even(&nums), first_even(&[1, 3]));
    println!("{}", total(&nums));
    let maybe: Option<&i32> = nums.first();
    if let Some(n) = maybe {
        println!("first {n}");
    }
    let text = match nums.len() {
        0 => String::from("none"),
        n => format!("{n} numbers"),
    };
    println!("{text}");
}
