// Vec<Box<dyn Fn>> pipelines, closures returned as Box<dyn Fn> and impl Fn, HashMap of commands.
use std::collections::BTreeMap;

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(name: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match name {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        "pow" => Box::new(|a, b| a.pow(b as u32)),
        _ => Box::new(|_, _| 0),
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

struct Pipeline {
    stages: Vec<Box<dyn Fn(i32) -> i32>>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }
    fn stage(mut self, f: impl Fn(i32) -> i32 + 'static) -> Self {
        self.stages.push(Box::new(f));
        self
    }
    fn run(&self, x: i32) -> i32 {
        self.stages.iter().fold(x, |acc, f| f(acc))
    }
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(10));

    for name in ["add", "mul", "pow", "nope"] {
        let op = make_op(name);
        println!("{} -> {}", name, op(2, 5));
    }

    let inc_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    let to_label = compose(inc_then_double, |x: i32| format!("<{x}>"));
    println!("{}", to_label(4));

    let offset = 100;
    let p = Pipeline::new().stage(|x| x * 3).stage(move |x| x + offset).stage(add5);
    println!("{}", p.run(1));
    println!("{:?}", (0..4).map(|x| p.run(x)).collect::<Vec<_>>());

    let mut commands: BTreeMap<&str, Box<dyn Fn(&str) -> String>> = BTreeMap::new();
    commands.insert("upper", Box::new(|s| s.to_uppercase()));
    commands.insert("rev", Box::new(|s| s.chars().rev().collect()));
    let suffix = String::from("!");
    commands.insert("bang", Box::new(move |s| format!("{s}{suffix}")));
    for (name, f) in &commands {
        println!("{name}: {}", f("rust"));
    }

    let fns: [fn(f64) -> f64; 3] = [f64::sqrt, f64::abs, |x| x * x];
    let results: Vec<f64> = fns.iter().map(|f| f(-4f64.abs())).collect();
    println!("{:?}", results);
}
