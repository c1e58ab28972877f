enum Op {
    Add,
    Sub,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a + b
        Op::Sub => a - b,
    }
}

fn main() {
    println!("{}", apply(Op::Sub, 9, 4));
}
