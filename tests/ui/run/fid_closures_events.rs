use std::collections::HashMap;

struct EventBus<'a> {
    handlers: HashMap<String, Vec<Box<dyn Fn(&str) -> Option<String> + 'a>>>,
}

impl<'a> EventBus<'a> {
    fn new() -> Self {
        EventBus { handlers: HashMap::new() }
    }
    fn on<F>(&mut self, ev: &str, f: F)
    where
        F: Fn(&str) -> Option<String> + 'a,
    {
        self.handlers.entry(ev.to_string()).or_default().push(Box::new(f));
    }
    fn emit(&self, ev: &str, payload: &str) -> Vec<String> {
        self.handlers
            .get(ev)
            .map(|hs| hs.iter().filter_map(|h| h(payload)).collect())
            .unwrap_or_default()
    }
}

struct Counter<F: FnMut() -> u32> {
    gen: F,
}

impl<F: FnMut() -> u32> Counter<F> {
    fn take3(&mut self) -> [u32; 3] {
        [(self.gen)(), (self.gen)(), (self.gen)()]
    }
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_ops() -> Vec<(&'static str, Box<dyn Fn(i32, i32) -> i32>)> {
    vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("mul", Box::new(|a, b| a * b)),
        ("pow", Box::new(|a, b| a.pow(b as u32))),
    ]
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_n(f: &dyn Fn(u64) -> u64, n: usize, x: u64) -> u64 {
    (0..n).fold(x, |acc, _| f(acc))
}

fn call_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let prefix = String::from(">>");
    let mut bus = EventBus::new();
    bus.on("greet", |p| Some(format!("{} hello {}", prefix, p)));
    bus.on("greet", |p| if p.len() > 3 { Some(p.to_uppercase()) } else { None });
    bus.on("bye", move |p| Some(format!("bye {}", p)));
    println!("{:?}", bus.emit("greet", "bob"));
    println!("{:?}", bus.emit("greet", "alice"));
    println!("{:?}", bus.emit("bye", "x"));
    println!("{:?}", bus.emit("nothing", "x"));

    let mut n = 0;
    let mut c = Counter { gen: || { n += 5; n } };
    println!("{:?}", c.take3());
    println!("{:?}", c.take3());
    drop(c);
    println!("n = {}", n);

    let add5 = make_adder(5);
    let times3_plus5 = compose(|x: i32| x * 3, &add5);
    println!("{} {}", add5(1), times3_plus5(4));
    let to_str = compose(times3_plus5, |x| format!("<{}>", x));
    println!("{}", to_str(10));
    for (name, op) in make_ops().iter() {
        println!("{}: {}", name, op(7, 3));
    }
    let table: HashMap<_, _> = make_ops().into_iter().collect();
    println!("{}", table["mul"](table["add"](1, 2), 4));
    println!("{}", apply_n(&|x| x * 2 + 1, 5, 0));
    let owned = vec![1, 2, 3];
    let s = call_once(move || format!("{:?} consumed", owned));
    println!("{}", s);
    let mut log: Vec<String> = Vec::new();
    let mut record = |m: &str| log.push(m.to_owned());
    record("a");
    record("b");
    println!("{:?}", log);
    let fs: Vec<Box<dyn Fn() -> usize>> = (0..4usize).map(|i| Box::new(move || i * i) as Box<dyn Fn() -> usize>).collect();
    println!("{:?}", fs.iter().map(|f| f()).collect::<Vec<_>>());
    let mut sorted = vec!["pear", "fig", "banana", "kiwi"];
    let key = |s: &&str| (s.len(), s.chars().last());
    sorted.sort_by_key(key);
    println!("{:?}", sorted);
    let fp: fn(i32) -> i32 = |x| x - 1;
    println!("{}", [fp, i32::abs, |x| x * x].iter().map(|f| f(-4)).sum::<i32>());
}
