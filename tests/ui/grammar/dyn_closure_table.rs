// Closures as trait objects: dyn Fn, dyn FnMut and Box<dyn FnOnce> in an event system.

struct EventBus {
    listeners: Vec<(String, Box<dyn Fn(i32) -> i32>)>,
}

impl EventBus {
    fn on(&mut self, name: &str, f: impl Fn(i32) -> i32 + 'static) {
        self.listeners.push((name.to_string(), Box::new(f)));
    }

    fn emit(&self, value: i32) -> Vec<(String, i32)> {
        self.listeners.iter().map(|(n, f)| (n.clone(), f(value))).collect()
    }
}

fn apply_twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn drive(counter: &mut dyn FnMut() -> u32, times: usize) -> Vec<u32> {
    (0..times).map(|_| counter()).collect()
}

fn compose<'a>(f: &'a dyn Fn(i32) -> i32, g: &'a dyn Fn(i32) -> i32) -> Box<dyn Fn(i32) -> i32 + 'a> {
    Box::new(move |x| g(f(x)))
}

fn main() {
    let mut bus = EventBus { listeners: Vec::new() };
    let offset = 100;
    bus.on("double", |x| x * 2);
    bus.on("offset", move |x| x + offset);
    bus.on("square", |x| x * x);
    for (name, out) in bus.emit(7) {
        println!("{:<7} -> {}", name, out);
    }

    let inc = |x: i32| x + 1;
    println!("apply_twice(inc, 5) = {}", apply_twice(&inc, 5));
    println!("apply_twice(neg, 5) = {}", apply_twice(&|x: i32| -x, 5));

    let mut n = 0;
    let mut counter = || {
        n += 3;
        n
    };
    println!("counter: {:?}", drive(&mut counter, 4));
    println!("n after = {}", n);

    let double = |x| x * 2;
    let dec = |x| x - 1;
    let both = compose(&double, &dec);
    println!("compose(double, dec)(10) = {}", both(10));

    let mut tasks: Vec<Box<dyn FnOnce() -> String>> = Vec::new();
    let owned = String::from("owned data");
    tasks.push(Box::new(move || format!("consumed {}", owned)));
    tasks.push(Box::new(|| "simple".to_string()));
    for t in tasks.into_iter().rev() {
        println!("task: {}", t());
    }
    let table: [(&str, &dyn Fn(f64) -> f64); 3] = [("sqrt", &f64::sqrt), ("half", &|x| x / 2.0), ("abs", &f64::abs)];
    for (name, f) in table {
        println!("{}(-16 or 16) = {}", name, f(if name == "abs" { -16.0 } else { 16.0 }));
    }
}
