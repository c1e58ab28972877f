// A small tokenizer over a Peekable<Chars>, with an enum of tokens and generic helpers.
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, PartialEq, Clone)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

fn take_while_peek<F>(chars: &mut Peekable<Chars<'_>>, pred: F) -> String
where
    F: Fn(char) -> bool,
{
    let mut out = String::new();
    while let Some(&c) = chars.peek() {
        if pred(c) {
            out.push(c);
            chars.next();
        } else {
            break;
        }
    }
    out
}

fn tokenize(src: &str) -> Vec<Token> {
    let mut chars = src.chars().peekable();
    let mut tokens = Vec::new();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_digit() {
            let digits = take_while_peek(&mut chars, |c| c.is_ascii_digit());
            tokens.push(Token::Num(digits.parse().unwrap()));
        } else if c.is_alphabetic() || c == '_' {
            let word = take_while_peek(&mut chars, |c| c.is_alphanumeric() || c == '_');
            tokens.push(Token::Ident(word));
        } else {
            chars.next();
            tokens.push(match c {
                '(' => Token::LParen,
                ')' => Token::RParen,
                other => Token::Op(other),
            });
        }
    }
    tokens
}

fn eval(tokens: &[Token]) -> i64 {
    let mut it = tokens.iter().peekable();
    let mut total = 0;
    let mut sign = 1;
    while let Some(tok) = it.next() {
        match tok {
            Token::Num(n) => total += sign * n,
            Token::Op('+') => sign = 1,
            Token::Op('-') => sign = -1,
            _ => {}
        }
        if let Some(Token::Num(_)) = it.peek() {
            continue;
        }
    }
    total
}

fn main() {
    let toks = tokenize("x_1 = (12 + 30) - 7");
    for t in &toks {
        println!("{:?}", t);
    }
    let arith = tokenize("100 - 58 + 3");
    println!("{}", eval(&arith));
    println!("{}", toks.contains(&Token::Ident("x_1".to_string())));
}
