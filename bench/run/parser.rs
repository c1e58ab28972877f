// A tokenizer, a recursive-descent parser (Box<Expr> trees, Result errors) and an
// evaluator for arithmetic expressions, run over generated lines, some of them malformed.
use std::fmt;

const MODULUS: i64 = 1_000_000_007;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    LParen,
    RParen,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
}

#[derive(Debug)]
enum Error {
    BadChar(char, usize),
    UnexpectedEnd,
    Unexpected(Token, usize),
    DivisionByZero,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::BadChar(c, at) => write!(f, "unexpected character {:?} at {}", c, at),
            Error::UnexpectedEnd => write!(f, "unexpected end of input"),
            Error::Unexpected(t, at) => write!(f, "unexpected token {:?} at {}", t, at),
            Error::DivisionByZero => write!(f, "division by zero"),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, Error> {
    let bytes = src.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let token = match c {
            b' ' => {
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                let mut n = 0;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    n = n * 10 + (bytes[i] - b'0') as i64;
                    i += 1;
                }
                tokens.push(Token::Num(n));
                continue;
            }
            b'+' => Token::Plus,
            b'-' => Token::Minus,
            b'*' => Token::Star,
            b'/' => Token::Slash,
            b'%' => Token::Percent,
            b'(' => Token::LParen,
            b')' => Token::RParen,
            _ => return Err(Error::BadChar(c as char, i)),
        };
        tokens.push(token);
        i += 1;
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn new(tokens: Vec<Token>) -> Parser {
        Parser { tokens, pos: 0 }
    }

    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    fn next(&mut self) -> Result<Token, Error> {
        let token = self.peek().ok_or(Error::UnexpectedEnd)?;
        self.pos += 1;
        Ok(token)
    }

    fn parse(&mut self) -> Result<Expr, Error> {
        let e = self.expr()?;
        match self.peek() {
            None => Ok(e),
            Some(t) => Err(Error::Unexpected(t, self.pos)),
        }
    }

    fn expr(&mut self) -> Result<Expr, Error> {
        let mut lhs = self.term()?;
        while let Some(t) = self.peek() {
            let op = match t {
                Token::Plus => Op::Add,
                Token::Minus => Op::Sub,
                _ => break,
            };
            self.pos += 1;
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn term(&mut self) -> Result<Expr, Error> {
        let mut lhs = self.factor()?;
        while let Some(t) = self.peek() {
            let op = match t {
                Token::Star => Op::Mul,
                Token::Slash => Op::Div,
                Token::Percent => Op::Rem,
                _ => break,
            };
            self.pos += 1;
            let rhs = self.factor()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn factor(&mut self) -> Result<Expr, Error> {
        let at = self.pos;
        match self.next()? {
            Token::Num(n) => Ok(Expr::Num(n)),
            Token::Minus => Ok(Expr::Neg(Box::new(self.factor()?))),
            Token::LParen => {
                let e = self.expr()?;
                match self.next()? {
                    Token::RParen => Ok(e),
                    t => Err(Error::Unexpected(t, self.pos - 1)),
                }
            }
            t => Err(Error::Unexpected(t, at)),
        }
    }
}

fn eval(e: &Expr) -> Result<i64, Error> {
    Ok(match e {
        Expr::Num(n) => *n % MODULUS,
        Expr::Neg(inner) => (-eval(inner)?).rem_euclid(MODULUS),
        Expr::Bin(op, l, r) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                Op::Add => (a + b) % MODULUS,
                Op::Sub => (a - b).rem_euclid(MODULUS),
                Op::Mul => a * b % MODULUS,
                Op::Div if b == 0 => return Err(Error::DivisionByZero),
                Op::Div => a / b,
                Op::Rem if b == 0 => return Err(Error::DivisionByZero),
                Op::Rem => a % b,
            }
        }
    })
}

/// A linear congruential generator, so that the Python program sees the same input.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = (self.0 * 1103515245 + 12345) % 2147483648;
        (self.0 >> 8) % n
    }
}

fn gen(rng: &mut Rng, depth: u32, out: &mut String) {
    if depth == 0 || rng.below(4) == 0 {
        let n = rng.below(1000);
        out.push_str(&n.to_string());
        return;
    }
    match rng.below(8) {
        0 => {
            out.push('-');
            gen(rng, depth - 1, out);
        }
        1 => {
            out.push('(');
            gen(rng, depth - 1, out);
            out.push(')');
        }
        k => {
            gen(rng, depth - 1, out);
            out.push_str([" + ", " - ", " * ", " / ", " % ", " + "][k as usize - 2]);
            gen(rng, depth - 1, out);
        }
    }
}

fn main() {
    let mut rng = Rng(42);
    let mut lines = Vec::new();
    for i in 0..12000 {
        let mut line = String::new();
        gen(&mut rng, 7, &mut line);
        match i % 50 {
            7 => line.push_str(" )"),
            19 => line.push_str(" * "),
            31 => line.insert(line.len() / 2, '#'),
            _ => {}
        }
        lines.push(line);
    }
    let (mut ok, mut sum, mut tokens, mut errors) = (0, 0i64, 0, 0);
    for line in &lines {
        let result = tokenize(line).and_then(|t| {
            tokens += t.len();
            let e = Parser::new(t).parse()?;
            eval(&e)
        });
        match result {
            Ok(v) => {
                ok += 1;
                sum = (sum + v) % MODULUS;
            }
            Err(e) => {
                if errors < 5 {
                    println!("{}", e);
                }
                errors += 1;
            }
        }
    }
    println!("{} lines, {} tokens: {} values (sum {}), {} errors", lines.len(), tokens, ok, sum, errors);
}
