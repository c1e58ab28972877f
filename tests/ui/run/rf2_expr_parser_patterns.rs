use std::collections::BTreeMap;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Op(char), LParen, RParen, Ident(String) }

#[derive(Debug)]
enum Expr { Lit(f64), Var(String), Bin(Box<Expr>, char, Box<Expr>), Neg(Box<Expr>) }

fn lex(s: &str) -> Result<Vec<Token>, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = vec![];
    while i < cs.len() {
        match cs[i] {
            ' ' => { i += 1; }
            '0'..='9' | '.' => {
                let st = i;
                while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') { i += 1; }
                let t: String = cs[st..i].iter().collect();
                out.push(Token::Num(t.parse().map_err(|e| format!("{:?}: {}", t, e))?));
            }
            c @ ('+' | '-' | '*' | '/' | '^') => { out.push(Token::Op(c)); i += 1; }
            '(' => { out.push(Token::LParen); i += 1; }
            ')' => { out.push(Token::RParen); i += 1; }
            c if c.is_alphabetic() => {
                let st = i;
                while i < cs.len() && cs[i].is_alphanumeric() { i += 1; }
                out.push(Token::Ident(cs[st..i].iter().collect()));
            }
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
    }
    Ok(out)
}

struct Parser { toks: Vec<Token>, pos: usize }
impl Parser {
    fn peek(&self) -> Option<&Token> { self.toks.get(self.pos) }
    fn next(&mut self) -> Option<Token> { let t = self.toks.get(self.pos).cloned(); self.pos += 1; t }
    fn prec(op: char) -> (u8, bool) { match op { '+' | '-' => (1, false), '*' | '/' => (2, false), '^' => (3, true), _ => (0, false) } }
    fn expr(&mut self, min: u8) -> Result<Expr, String> {
        let mut lhs = match self.next() {
            Some(Token::Num(n)) => Expr::Lit(n),
            Some(Token::Ident(s)) => Expr::Var(s),
            Some(Token::Op('-')) => Expr::Neg(Box::new(self.expr(3)?)),
            Some(Token::LParen) => { let e = self.expr(0)?; match self.next() { Some(Token::RParen) => e, t => return Err(format!("expected ), got {:?}", t)) } }
            t => return Err(format!("unexpected token {:?}", t)),
        };
        loop {
            let op = match self.peek() { Some(&Token::Op(c)) => c, _ => break };
            let (p, right) = Self::prec(op);
            if p < min || p == 0 { break; }
            self.next();
            let rhs = self.expr(if right { p } else { p + 1 })?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
}

fn eval(e: &Expr, env: &BTreeMap<&str, f64>) -> Result<f64, String> {
    Ok(match e {
        Expr::Lit(v) => *v,
        Expr::Var(name) => *env.get(name.as_str()).ok_or(format!("unbound {}", name))?,
        Expr::Neg(inner) => -eval(inner, env)?,
        Expr::Bin(a, op, b) => {
            let (x, y) = (eval(a, env)?, eval(b, env)?);
            match op { '+' => x + y, '-' => x - y, '*' => x * y, '/' if y == 0.0 => return Err("division by zero".into()), '/' => x / y, '^' => x.powf(y), _ => unreachable!() }
        }
    })
}

fn classify(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one({})", x),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, rest @ ..] if rest.len() > 3 => format!("long from {} (+{})", first, rest.len()),
        [a, b, ..] => format!("starts {} {}", a, b),
    }
}

fn main() {
    let mut env = BTreeMap::new();
    env.insert("x", 3.0);
    env.insert("pi", std::f64::consts::PI);
    for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(x - 5) * 2", "pi * x ^ 2", "1 / (x - 3)", "y + 1", "3 $ 4", "(1 + 2", "1.2.3"] {
        let r = lex(src).and_then(|t| { let mut p = Parser { toks: t, pos: 0 }; p.expr(0) }).and_then(|e| { let v = eval(&e, &env)?; Ok((format!("{:?}", e).len(), v)) });
        match r { Ok((n, v)) => println!("{:<14} => {:>10.4} (ast {} chars)", src, v, n), Err(e) => println!("{:<14} => error: {}", src, e) }
    }
    let e = Parser { toks: lex("a*(b+1)").unwrap(), pos: 0 }.expr(0).unwrap();
    println!("{:?}", e);
    println!("{:#?}", e);
    for v in [vec![], vec![4], vec![1, 2, 1], vec![1, 2, 3, 4, 5], vec![7, 8]] { println!("{}", classify(&v)); }
    let grid = ["#..#", ".##.", "#..."];
    let mut seen = HashSet::new();
    'outer: for (r, row) in grid.iter().enumerate() {
        for (c, ch) in row.chars().enumerate() {
            if ch == '#' { if !seen.insert(c) { println!("repeat column {} at row {}", c, r); break 'outer; } }
        }
    }
    let found = 'search: {
        for (r, row) in grid.iter().enumerate() { if let Some(c) = row.find("##") { break 'search Some((r, c)); } }
        None
    };
    println!("{:?}", found);
    let n = 42u32;
    let desc = match n { 0 => "zero", x if x % 2 == 0 && matches!(x, 40..=49) => "forties even", 1..=9 => "small", _ => "other" };
    println!("{}", desc);
    let pair = (Some(3), Err::<i32, &str>("e"));
    if let (Some(a @ 1..=5), Err(msg)) = pair { println!("a={} msg={}", a, msg); }
    let x = 5; let x = x * 2; { let x = "shadow"; println!("{}", x); } println!("{}", x);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { if top == 2 { continue; } print!("{} ", top); }
    println!();
    let v = vec![(1, 'a'), (2, 'b')];
    for &(n, c) in &v { print!("{}{} ", n, c); }
    let opt: Option<Option<i32>> = Some(None);
    println!("{}", matches!(opt, Some(None)));
    let refv = &Some(String::from("hi"));
    if let Some(s) = refv { println!("{}", s.len()); }
    let arr = [[1, 2], [3, 4]];
    let [[a, _], [_, d]] = arr;
    println!("{} {}", a, d);
    let cnt = loop { break 17; };
    println!("{}", cnt);
}
