// An arithmetic expression tree with an evaluator, simplifier and printer.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var(String),
    Neg(Box<Expr>),
    Bin { op: Op, lhs: Box<Expr>, rhs: Box<Expr> },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Mul,
    Sub,
}

fn num(n: i64) -> Expr {
    Expr::Num(n)
}
fn var(s: &str) -> Expr {
    Expr::Var(s.to_string())
}
fn bin(op: Op, lhs: Expr, rhs: Expr) -> Expr {
    Expr::Bin { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }
}

impl Expr {
    fn eval(&self, env: &[(&str, i64)]) -> Result<i64, String> {
        Ok(match self {
            Expr::Num(n) => *n,
            Expr::Var(name) => env
                .iter()
                .find(|(k, _)| k == name)
                .map(|&(_, v)| v)
                .ok_or_else(|| format!("unbound {}", name))?,
            Expr::Neg(e) => -e.eval(env)?,
            Expr::Bin { op, lhs, rhs } => {
                let (a, b) = (lhs.eval(env)?, rhs.eval(env)?);
                match op {
                    Op::Add => a + b,
                    Op::Sub => a - b,
                    Op::Mul => a * b,
                }
            }
        })
    }

    fn simplify(self) -> Expr {
        match self {
            Expr::Bin { op, lhs, rhs } => match (op, lhs.simplify(), rhs.simplify()) {
                (Op::Add, Expr::Num(0), e) | (Op::Add, e, Expr::Num(0)) => e,
                (Op::Mul, Expr::Num(1), e) | (Op::Mul, e, Expr::Num(1)) => e,
                (Op::Mul, Expr::Num(0), _) | (Op::Mul, _, Expr::Num(0)) => Expr::Num(0),
                (op, Expr::Num(a), Expr::Num(b)) => Expr::Num(bin(op, num(a), num(b)).eval(&[]).unwrap()),
                (op, l, r) => bin(op, l, r),
            },
            Expr::Neg(inner) => match inner.simplify() {
                Expr::Num(n) => Expr::Num(-n),
                Expr::Neg(e) => *e,
                e => Expr::Neg(Box::new(e)),
            },
            other => other,
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Neg(e) => write!(f, "-{}", e),
            Expr::Bin { op, lhs, rhs } => {
                let sym = match op {
                    Op::Add => '+',
                    Op::Sub => '-',
                    Op::Mul => '*',
                };
                write!(f, "({} {} {})", lhs, sym, rhs)
            }
        }
    }
}

fn main() {
    let e = bin(
        Op::Add,
        bin(Op::Mul, num(1), var("x")),
        bin(Op::Mul, bin(Op::Sub, num(7), num(4)), Expr::Neg(Box::new(Expr::Neg(Box::new(var("y")))))),
    );
    println!("expr:       {}", e);
    println!("eval:       {:?}", e.eval(&[("x", 5), ("y", 2)]));
    println!("missing:    {:?}", e.eval(&[("x", 5)]));
    let s = e.clone().simplify();
    println!("simplified: {}", s);
    println!("same value: {}", s.eval(&[("x", 5), ("y", 2)]) == e.eval(&[("x", 5), ("y", 2)]));
    let zero = bin(Op::Add, bin(Op::Mul, var("z"), num(0)), num(0)).simplify();
    println!("zero:       {} ({:?})", zero, zero);
}
