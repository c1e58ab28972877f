// A Pratt parser for a Rust-like expression subset whose binding powers mirror
// Rust's precedence table; results are checked against the same expressions
// evaluated natively by rustc.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Op(&'static str),
    LParen,
    RParen,
}

const OPS: [&str; 18] = ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*", "/", "%", "+", "-", "&", "^", "|", "<", ">"];

fn lex(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut rest = src.trim_start();
    while !rest.is_empty() {
        if let Some(stripped) = rest.strip_prefix('(') {
            out.push(Tok::LParen);
            rest = stripped;
        } else if let Some(stripped) = rest.strip_prefix(')') {
            out.push(Tok::RParen);
            rest = stripped;
        } else if rest.starts_with(|c: char| c.is_ascii_digit()) {
            let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            out.push(Tok::Num(rest[..end].parse().unwrap()));
            rest = &rest[end..];
        } else {
            let op = OPS.iter().find(|op| rest.starts_with(**op)).expect("unknown operator");
            out.push(Tok::Op(op));
            rest = &rest[op.len()..];
        }
        rest = rest.trim_start();
    }
    out
}

// (left binding power, right binding power)
fn infix_bp(op: &str) -> (u8, u8) {
    match op {
        "||" => (1, 2),
        "&&" => (3, 4),
        "==" | "!=" | "<" | ">" | "<=" | ">=" => (5, 6),
        "|" => (7, 8),
        "^" => (9, 10),
        "&" => (11, 12),
        "<<" | ">>" => (13, 14),
        "+" | "-" => (15, 16),
        "*" | "/" | "%" => (17, 18),
        _ => unreachable!(),
    }
}

fn parse(toks: &[Tok], pos: &mut usize, min_bp: u8) -> i64 {
    let mut lhs = match toks[*pos].clone() {
        Tok::Num(n) => { *pos += 1; n }
        Tok::LParen => {
            *pos += 1;
            let v = parse(toks, pos, 0);
            *pos += 1; // ')'
            v
        }
        Tok::Op("-") => { *pos += 1; -parse(toks, pos, 19) }
        t => panic!("unexpected {:?}", t),
    };
    while let Some(Tok::Op(op)) = toks.get(*pos) {
        let (l, r) = infix_bp(op);
        if l < min_bp {
            break;
        }
        *pos += 1;
        let rhs = parse(toks, pos, r);
        let b = |x: bool| x as i64;
        lhs = match *op {
            "||" => b(lhs != 0 || rhs != 0),
            "&&" => b(lhs != 0 && rhs != 0),
            "==" => b(lhs == rhs), "!=" => b(lhs != rhs),
            "<" => b(lhs < rhs), ">" => b(lhs > rhs),
            "<=" => b(lhs <= rhs), ">=" => b(lhs >= rhs),
            "|" => lhs | rhs, "^" => lhs ^ rhs, "&" => lhs & rhs,
            "<<" => lhs << rhs, ">>" => lhs >> rhs,
            "+" => lhs + rhs, "-" => lhs - rhs,
            "*" => lhs * rhs, "/" => lhs / rhs, "%" => lhs % rhs,
            _ => unreachable!(),
        };
    }
    lhs
}

fn eval(src: &str) -> i64 {
    let toks = lex(src);
    let mut pos = 0;
    parse(&toks, &mut pos, 0)
}

fn main() {
    let b = |x: bool| x as i64;
    let cases: [(&str, i64); 13] = [
        ("1 + 2 * 3 - 4 / 2", 1 + 2 * 3 - 4 / 2),
        ("1 << 2 + 3", 1 << 2 + 3),
        ("12 & 10 | 3 ^ 5", 12 & 10 | 3 ^ 5),
        ("6 ^ 3 & 5", 6 ^ 3 & 5),
        ("100 - 10 - 5 - 1", 100 - 10 - 5 - 1),
        ("2 * -3 + 7 % 4", 2 * -3 + 7 % 4),
        ("256 >> 2 >> 1 + 1", 256 >> 2 >> 1 + 1),
        ("-(3 - 10) * 2", -(3 - 10) * 2),
        ("1 + 1 == 2 && 3 > 2 || 0 != 0", b(1 + 1 == 2 && 3 > 2 || 0 != 0)),
        ("1 | 2 == 3", b(1 | 2 == 3)),
        ("3 == 1 | 2 && 4 ^ 1 > 4", b(3 == 1 | 2 && 4 ^ 1 > 4)),
        ("(1 | 2) == 3", b((1 | 2) == 3)),
        ("5 & 4 < 3 || 1 < 2", b(5 & 4 < 3 || 1 < 2)),
    ];
    let mut failures = 0;
    for (src, native) in cases {
        let ours = eval(src);
        let ok = ours == native;
        if !ok {
            failures += 1;
        }
        println!("{:<32} = {:>4} (rustc {:>4}) {}", src, ours, native, if ok { "ok" } else { "MISMATCH" });
    }
    println!("{} mismatches", failures);
}
