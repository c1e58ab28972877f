use std::collections::HashMap;

struct EventBus<'a> {
    handlers: HashMap<String, Vec<Box<dyn Fn(&str) -> String + 'a>>>,
}

impl<'a> EventBus<'a> {
    fn new() -> Self {
        EventBus { handlers: HashMap::new() }
    }
    fn on<F: Fn(&str) -> String + 'a>(&mut self, ev: &str, f: F) {
        self.handlers.entry(ev.to_string()).or_default().push(Box::new(f));
    }
    fn emit(&self, ev: &str, payload: &str) -> Vec<String> {
        self.handlers.get(ev).map(|hs| hs.iter().map(|h| h(payload)).collect()).unwrap_or_default()
    }
}

struct Cache<F: Fn(u64) -> u64> {
    f: F,
    memo: HashMap<u64, u64>,
    misses: u32,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(f: F) -> Self {
        Cache { f, memo: HashMap::new(), misses: 0 }
    }
    fn get(&mut self, x: u64) -> u64 {
        if let Some(&v) = self.memo.get(&x) {
            return v;
        }
        self.misses += 1;
        let v = (self.f)(x);
        self.memo.insert(x, v);
        v
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn boxed_ops() -> Vec<(&'static str, Box<dyn Fn(f64, f64) -> f64>)> {
    vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("pow", Box::new(f64::powf)),
        ("hyp", Box::new(|a: f64, b: f64| a.hypot(b))),
    ]
}

fn apply_n(f: &dyn Fn(i64) -> i64, n: usize, x: i64) -> i64 {
    (0..n).fold(x, |acc, _| f(acc))
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let prefix = String::from(">>");
    let mut bus = EventBus::new();
    bus.on("greet", |p| format!("{} hello {}", prefix, p));
    bus.on("greet", |p| p.to_uppercase());
    bus.on("bye", |p| format!("bye {}", p.len()));
    println!("{:?}", bus.emit("greet", "bob"));
    println!("{:?}", bus.emit("bye", "alice"));
    println!("{:?}", bus.emit("nothing", "x"));

    let mut cache = Cache::new(|n| (1..=n).map(|k| k * k).sum());
    for q in [10, 20, 10, 5, 20] {
        println!("sumsq({}) = {}", q, cache.get(q));
    }
    println!("misses = {}", cache.misses);

    let add5 = make_adder(5);
    let mut counter = make_counter();
    let mut other = make_counter();
    println!("{} {} {} {}", add5(1), counter(), counter(), other());
    println!("counter again {}", counter());
    let f = compose(add5, |x| x * 2);
    let g = compose(&f, |x: i32| format!("<{}>", x));
    println!("{} {}", f(10), g(1));
    for (name, op) in boxed_ops().iter() {
        println!("{}(3, 4) = {}", name, op(3.0, 4.0));
    }
    println!("apply_n {}", apply_n(&|x| x * 3 + 1, 5, 1));
    let s = String::from("moved in");
    let r = call_once(move || s + "!");
    println!("{}", r);
    println!("twice {}", twice(square, 3));
    let fs: [fn(i32) -> i32; 3] = [square, |x| x + 1, i32::abs];
    println!("{:?}", fs.iter().map(|f| f(-4)).collect::<Vec<_>>());
    let mut total = 0;
    let mut accumulate = |x: i32| total += x;
    accumulate(5);
    accumulate(7);
    println!("total {}", total);
    let mut v = vec![3, 1, 2];
    let mut sort_desc = || v.sort_by(|a, b| b.cmp(a));
    sort_desc();
    println!("{:?}", v);
    let names = vec!["x".to_string(), "yy".to_string()];
    let lens: Vec<Box<dyn Fn() -> usize>> = names.iter().map(|n| {
        let n = n.clone();
        Box::new(move || n.len()) as Box<dyn Fn() -> usize>
    }).collect();
    println!("{:?}", lens.iter().map(|f| f()).collect::<Vec<_>>());
    let fact = |n: u64| -> u64 {
        fn go(n: u64) -> u64 { if n == 0 { 1 } else { n * go(n - 1) } }
        go(n)
    };
    println!("10! = {}", fact(10));
    let mut fib_memo: HashMap<u32, u64> = HashMap::new();
    fn fib(n: u32, memo: &mut HashMap<u32, u64>) -> u64 {
        if n < 2 { return n as u64; }
        if let Some(&v) = memo.get(&n) { return v; }
        let r = fib(n - 1, memo) + fib(n - 2, memo);
        memo.insert(n, r);
        r
    }
    println!("fib 80 = {}", fib(80, &mut fib_memo));
}
