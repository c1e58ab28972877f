use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug)]
enum EvalError {
    UnexpectedChar(char, usize),
    UnexpectedEnd,
    UnknownVar(String),
    DivByZero,
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::UnexpectedChar(c, pos) => write!(f, "unexpected '{}' at {}", c, pos),
            EvalError::UnexpectedEnd => write!(f, "unexpected end of input"),
            EvalError::UnknownVar(v) => write!(f, "unknown variable `{v}`"),
            EvalError::DivByZero => f.write_str("division by zero"),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, EvalError> {
    let mut out = Vec::new();
    let mut it = src.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        match c {
            ' ' => { it.next(); }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&(_, d)) = it.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); it.next(); } else { break; }
                }
                out.push(Token::Num(s.parse().unwrap()));
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut s = String::new();
                while let Some(&(_, d)) = it.peek() {
                    if d.is_alphanumeric() || d == '_' { s.push(d); it.next(); } else { break; }
                }
                out.push(Token::Ident(s));
            }
            '+' | '-' | '*' | '/' | '^' => { out.push(Token::Op(c)); it.next(); }
            '(' => { out.push(Token::LParen); it.next(); }
            ')' => { out.push(Token::RParen); it.next(); }
            other => return Err(EvalError::UnexpectedChar(other, i)),
        }
    }
    Ok(out)
}

struct Parser<'a> {
    toks: Peekable<std::slice::Iter<'a, Token>>,
    vars: &'a [(&'a str, f64)],
}

impl<'a> Parser<'a> {
    fn expr(&mut self) -> Result<f64, EvalError> {
        let mut lhs = self.term()?;
        while let Some(Token::Op(op @ ('+' | '-'))) = self.toks.peek() {
            self.toks.next();
            let rhs = self.term()?;
            if *op == '+' { lhs += rhs } else { lhs -= rhs }
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<f64, EvalError> {
        let mut lhs = self.factor()?;
        loop {
            match self.toks.peek() {
                Some(Token::Op('*')) => { self.toks.next(); lhs *= self.factor()?; }
                Some(Token::Op('/')) => {
                    self.toks.next();
                    let r = self.factor()?;
                    if r == 0.0 { return Err(EvalError::DivByZero); }
                    lhs /= r;
                }
                _ => return Ok(lhs),
            }
        }
    }
    fn factor(&mut self) -> Result<f64, EvalError> {
        let base = self.atom()?;
        if let Some(Token::Op('^')) = self.toks.peek() {
            self.toks.next();
            let exp = self.factor()?;
            return Ok(base.powf(exp));
        }
        Ok(base)
    }
    fn atom(&mut self) -> Result<f64, EvalError> {
        match self.toks.next() {
            Some(Token::Num(n)) => Ok(*n),
            Some(Token::Ident(name)) => self
                .vars
                .iter()
                .find(|(k, _)| k == name)
                .map(|&(_, v)| v)
                .ok_or_else(|| EvalError::UnknownVar(name.clone())),
            Some(Token::Op('-')) => Ok(-self.atom()?),
            Some(Token::LParen) => {
                let v = self.expr()?;
                match self.toks.next() {
                    Some(Token::RParen) => Ok(v),
                    _ => Err(EvalError::UnexpectedEnd),
                }
            }
            _ => Err(EvalError::UnexpectedEnd),
        }
    }
}

fn eval(src: &str, vars: &[(&str, f64)]) -> Result<f64, EvalError> {
    let toks = tokenize(src)?;
    let mut p = Parser { toks: toks.iter().peekable(), vars };
    p.expr()
}

fn main() {
    let vars = [("x", 3.0), ("pi", std::f64::consts::PI)];
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x - 1", "pi * 2", "-x + 10 / 4",
                "1 / 0", "y + 1", "3 $ 4", "(1 + 2", "0.1 + 0.2"] {
        match eval(src, &vars) {
            Ok(v) => println!("{:<12} = {} ({:.3}) {:?}", src, v, v, v),
            Err(e) => println!("{:<12} ! {} / {:?}", src, e, e),
        }
    }
    let _: Option<Peekable<Chars>> = None;
}
