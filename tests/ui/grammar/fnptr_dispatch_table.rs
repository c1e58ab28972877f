// Function pointer types: a command dispatcher and numerical integration.

type Command = fn(&mut Vec<i64>, &[&str]) -> Result<(), String>;

fn cmd_push(stack: &mut Vec<i64>, args: &[&str]) -> Result<(), String> {
    for a in args {
        stack.push(a.parse().map_err(|_| format!("not a number: {}", a))?);
    }
    Ok(())
}

fn cmd_sum(stack: &mut Vec<i64>, _: &[&str]) -> Result<(), String> {
    let s = stack.drain(..).sum();
    stack.push(s);
    Ok(())
}

fn cmd_pop(stack: &mut Vec<i64>, _: &[&str]) -> Result<(), String> {
    stack.pop().map(|_| ()).ok_or_else(|| "empty stack".to_string())
}

const COMMANDS: [(&str, Command); 3] = [("push", cmd_push), ("sum", cmd_sum), ("pop", cmd_pop)];

fn lookup(name: &str) -> Option<Command> {
    COMMANDS.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

fn integrate(f: fn(f64) -> f64, a: f64, b: f64, steps: u32) -> f64 {
    let h = (b - a) / steps as f64;
    (0..steps).map(|i| f(a + (i as f64 + 0.5) * h) * h).sum()
}

fn square(x: f64) -> f64 {
    x * x
}

fn make_op(op: char) -> Option<fn(i32, i32) -> i32> {
    match op {
        '+' => Some(|a, b| a + b),
        '-' => Some(|a, b| a - b),
        'm' => Some(std::cmp::max),
        _ => None,
    }
}

fn main() {
    let script = ["push 1 2 3", "sum", "push 10", "pop", "pop", "pop", "push x", "jump 4"];
    let mut stack = Vec::new();
    for line in script {
        let mut words = line.split(' ');
        let name = words.next().unwrap();
        let args: Vec<&str> = words.collect();
        let result = match lookup(name) {
            Some(cmd) => cmd(&mut stack, &args),
            None => Err(format!("unknown command {}", name)),
        };
        println!("{:<12} {:?} stack={:?}", line, result, stack);
    }

    println!("int x^2 on [0,3] = {:.4}", integrate(square, 0.0, 3.0, 1000));
    println!("int sin on [0,pi] = {:.4}", integrate(f64::sin, 0.0, std::f64::consts::PI, 1000));
    println!("int 2x+1 on [0,1] = {:.4}", integrate(|x| 2.0 * x + 1.0, 0.0, 1.0, 10));

    for op in ['+', '-', 'm', '?'] {
        match make_op(op) {
            Some(f) => println!("7 {} 3 = {}", op, f(7, 3)),
            None => println!("no op {}", op),
        }
    }
    let ops: Vec<fn(i32, i32) -> i32> = "+-m".chars().filter_map(make_op).collect();
    let folded = ops.iter().fold(1, |acc, f| f(acc, 5));
    println!("folded through {} ops: {}", ops.len(), folded);
}
