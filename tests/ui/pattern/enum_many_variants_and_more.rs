// Five variants missing: three are listed, then "and 2 more"; the suggestion is `_`.
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Pow,
}

fn symbol(op: &Op) -> char {
    match op {
        Op::Add => '+',
    }
}

fn main() {
    let ops = [Op::Add, Op::Sub, Op::Mul, Op::Div, Op::Rem, Op::Pow];
    for op in &ops {
        print!("{}", symbol(op));
    }
    println!();
}
