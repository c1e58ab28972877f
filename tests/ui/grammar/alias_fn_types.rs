// Aliases for function pointer types, boxed closures and complex generic types.
use std::collections::BTreeMap;
use std::rc::Rc;
use std::cell::RefCell;

type BinOp = fn(i64, i64) -> i64;
type Handler = Box<dyn Fn(&[i64]) -> Option<i64>>;
type Shared<T> = Rc<RefCell<T>>;
type Registry = BTreeMap<&'static str, Handler>;

fn add(a: i64, b: i64) -> i64 {
    a + b
}
fn mul(a: i64, b: i64) -> i64 {
    a * b
}

fn fold_with(op: BinOp, init: i64) -> Handler {
    Box::new(move |xs| Some(xs.iter().fold(init, |acc, &x| op(acc, x))))
}

fn shared<T>(v: T) -> Shared<T> {
    Rc::new(RefCell::new(v))
}

fn build(log: Shared<Vec<String>>) -> Registry {
    let mut r: Registry = BTreeMap::new();
    r.insert("sum", fold_with(add, 0));
    r.insert("product", fold_with(mul, 1));
    r.insert("max", Box::new(|xs| xs.iter().copied().max()));
    r.insert(
        "mean",
        Box::new(move |xs| {
            log.borrow_mut().push(format!("mean of {} values", xs.len()));
            if xs.is_empty() { None } else { Some(xs.iter().sum::<i64>() / xs.len() as i64) }
        }),
    );
    r
}

fn main() {
    let log: Shared<Vec<String>> = shared(Vec::new());
    let registry = build(Rc::clone(&log));
    let data = [4, 8, 15, 16, 23, 42];
    for (name, h) in &registry {
        println!("{:<8} {:?}", name, h(&data));
    }
    println!("mean of nothing: {:?}", registry["mean"](&[]));
    let ops: [(char, BinOp); 2] = [('+', add), ('*', mul)];
    for (sym, op) in ops {
        println!("6 {} 7 = {}", sym, op(6, 7));
    }
    println!("log: {:?}", log.borrow());
    println!("rc count: {}", Rc::strong_count(&log));
}
