use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Ident(String), Op(char), LParen, RParen, Comma }

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Unary(char, Box<Expr>),
    Binary(Box<Expr>, char, Box<Expr>),
    Call(String, Vec<Expr>),
}

#[derive(Debug, PartialEq)]
enum CalcError { Lex(char, usize), Parse(String), UnknownVar(String), UnknownFn(String), Arity { name: String, want: usize, got: usize }, DivZero }

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::Lex(c, p) => write!(f, "unexpected character '{}' at {}", c, p),
            CalcError::Parse(m) => write!(f, "parse error: {}", m),
            CalcError::UnknownVar(v) => write!(f, "unknown variable `{}`", v),
            CalcError::UnknownFn(n) => write!(f, "unknown function `{}`", n),
            CalcError::Arity { name, want, got } => write!(f, "{}() takes {} args, got {}", name, want, got),
            CalcError::DivZero => write!(f, "division by zero"),
        }
    }
}

fn lex(src: &str) -> Result<Vec<Token>, CalcError> {
    let mut out = Vec::new();
    let mut it: Peekable<Chars> = src.chars().peekable();
    let mut pos = 0;
    while let Some(&c) = it.peek() {
        match c {
            ' ' => { it.next(); pos += 1; }
            '0'..='9' | '.' => {
                let mut s = String::new();
                while let Some(&d) = it.peek() {
                    if d.is_ascii_digit() || d == '.' { s.push(d); it.next(); pos += 1; } else { break; }
                }
                out.push(Token::Num(s.parse().map_err(|_| CalcError::Parse(format!("bad number {}", s)))?));
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut s = String::new();
                while let Some(&d) = it.peek() {
                    if d.is_alphanumeric() || d == '_' { s.push(d); it.next(); pos += 1; } else { break; }
                }
                out.push(Token::Ident(s));
            }
            '+' | '-' | '*' | '/' | '^' | '%' => { out.push(Token::Op(c)); it.next(); pos += 1; }
            '(' => { out.push(Token::LParen); it.next(); pos += 1; }
            ')' => { out.push(Token::RParen); it.next(); pos += 1; }
            ',' => { out.push(Token::Comma); it.next(); pos += 1; }
            other => return Err(CalcError::Lex(other, pos)),
        }
    }
    Ok(out)
}

struct Parser { toks: Vec<Token>, i: usize }

impl Parser {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.i) }
    fn bump(&mut self) -> Option<Token> { let t = self.toks.get(self.i).cloned(); self.i += 1; t }
    fn prec(op: char) -> (u8, bool) {
        match op { '+' | '-' => (1, false), '*' | '/' | '%' => (2, false), '^' => (3, true), _ => (0, false) }
    }
    fn expr(&mut self, min: u8) -> Result<Expr, CalcError> {
        let mut lhs = self.atom()?;
        while let Some(Token::Op(op)) = self.peek().cloned() {
            let (p, right) = Self::prec(op);
            if p < min { break; }
            self.bump();
            let rhs = self.expr(if right { p } else { p + 1 })?;
            lhs = Expr::Binary(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn atom(&mut self) -> Result<Expr, CalcError> {
        match self.bump() {
            Some(Token::Num(n)) => Ok(Expr::Num(n)),
            Some(Token::Op('-')) => Ok(Expr::Unary('-', Box::new(self.expr(3)?))),
            Some(Token::Ident(name)) => {
                if self.peek() == Some(&Token::LParen) {
                    self.bump();
                    let mut args = Vec::new();
                    if self.peek() != Some(&Token::RParen) {
                        loop {
                            args.push(self.expr(1)?);
                            match self.bump() {
                                Some(Token::Comma) => continue,
                                Some(Token::RParen) => break,
                                t => return Err(CalcError::Parse(format!("expected , or ) but found {:?}", t))),
                            }
                        }
                    } else {
                        self.bump();
                    }
                    Ok(Expr::Call(name, args))
                } else {
                    Ok(Expr::Var(name))
                }
            }
            Some(Token::LParen) => {
                let e = self.expr(1)?;
                match self.bump() {
                    Some(Token::RParen) => Ok(e),
                    t => Err(CalcError::Parse(format!("expected ) but found {:?}", t))),
                }
            }
            t => Err(CalcError::Parse(format!("unexpected {:?}", t))),
        }
    }
}

fn eval(e: &Expr, env: &HashMap<&str, f64>) -> Result<f64, CalcError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *env.get(v.as_str()).ok_or_else(|| CalcError::UnknownVar(v.clone()))?,
        Expr::Unary(_, x) => -eval(x, env)?,
        Expr::Binary(a, op, b) => {
            let (x, y) = (eval(a, env)?, eval(b, env)?);
            match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                '/' if y == 0.0 => return Err(CalcError::DivZero),
                '/' => x / y,
                '%' => x % y,
                '^' => x.powf(y),
                _ => unreachable!(),
            }
        }
        Expr::Call(name, args) => {
            let vals = args.iter().map(|a| eval(a, env)).collect::<Result<Vec<_>, _>>()?;
            let want = match name.as_str() { "sqrt" | "abs" => 1, "max" | "min" => 2, _ => return Err(CalcError::UnknownFn(name.clone())) };
            if vals.len() != want {
                return Err(CalcError::Arity { name: name.clone(), want, got: vals.len() });
            }
            match name.as_str() { "sqrt" => vals[0].sqrt(), "abs" => vals[0].abs(), "max" => vals[0].max(vals[1]), _ => vals[0].min(vals[1]) }
        }
    })
}

fn calc(src: &str, env: &HashMap<&str, f64>) -> Result<f64, CalcError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, i: 0 };
    let e = p.expr(1)?;
    if p.i < p.toks.len() {
        return Err(CalcError::Parse(format!("trailing tokens from {}", p.i)));
    }
    eval(&e, env)
}

fn main() {
    let env: HashMap<&str, f64> = [("pi", std::f64::consts::PI), ("x", 2.5), ("n", 10.0)].into_iter().collect();
    let cases = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2", "n % 3 + 0.5", "sqrt(16) + abs(-3)", "max(x, pi) * min(1, 2)",
        "10 / (5 - 5)", "2 * y", "foo(1)", "sqrt(1, 2)", "3 $ 4", "(1 + 2", "1 2", "", "1.5.2 + 1", "pi * x ^ 2",
    ];
    for c in cases.iter() {
        match calc(c, &env) {
            Ok(v) => println!("{:<24} = {}", c, v),
            Err(e) => println!("{:<24} ! {} [{:?}]", c, e, e),
        }
    }
    println!("{:?}", lex("a+1").unwrap());
}
