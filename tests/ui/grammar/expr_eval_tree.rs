// A small arithmetic expression tree with an evaluator and a pretty printer
// that inserts only the parentheses required by precedence.

#[derive(Debug, Clone)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    fn prec(self) -> u8 {
        match self {
            Op::Add | Op::Sub => 1,
            Op::Mul | Op::Div => 2,
        }
    }
    fn symbol(self) -> char {
        match self {
            Op::Add => '+',
            Op::Sub => '-',
            Op::Mul => '*',
            Op::Div => '/',
        }
    }
}

fn num(n: i64) -> Box<Expr> {
    Box::new(Expr::Num(n))
}

fn bin(op: Op, l: Box<Expr>, r: Box<Expr>) -> Box<Expr> {
    Box::new(Expr::Bin(op, l, r))
}

fn eval(e: &Expr) -> Result<i64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Neg(inner) => -eval(inner)?,
        Expr::Bin(op, l, r) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Div if b == 0 => return Err(format!("division by zero in {}", show(e, 0))),
                Op::Div => a / b,
            }
        }
    })
}

fn show(e: &Expr, parent: u8) -> String {
    match e {
        Expr::Num(n) => n.to_string(),
        Expr::Neg(inner) => format!("-{}", show(inner, 3)),
        Expr::Bin(op, l, r) => {
            let p = op.prec();
            // left-assoc: right child needs parens at equal precedence
            let text = format!("{} {} {}", show(l, p), op.symbol(), show(r, p + 1));
            if p < parent { format!("({})", text) } else { text }
        }
    }
}

fn main() {
    let exprs = vec![
        bin(Op::Add, num(1), bin(Op::Mul, num(2), num(3))),
        bin(Op::Mul, bin(Op::Add, num(1), num(2)), num(3)),
        bin(Op::Sub, bin(Op::Sub, num(10), num(4)), num(3)),
        bin(Op::Sub, num(10), bin(Op::Sub, num(4), num(3))),
        bin(Op::Div, num(100), bin(Op::Div, num(10), num(5))),
        Box::new(Expr::Neg(bin(Op::Add, num(2), num(5)))),
        bin(Op::Div, num(7), bin(Op::Sub, num(3), num(3))),
        bin(Op::Mul, Box::new(Expr::Neg(num(4))), bin(Op::Add, num(-1), num(6))),
    ];
    for e in &exprs {
        match eval(e) {
            Ok(v) => println!("{} = {}", show(e, 0), v),
            Err(msg) => println!("error: {}", msg),
        }
    }
    let total: i64 = exprs.iter().filter_map(|e| eval(e).ok()).sum();
    println!("sum of successful results = {}", total);
}
