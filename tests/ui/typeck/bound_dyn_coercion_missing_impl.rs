// Coercing a struct into `Box<dyn Trait>` it does not implement: E0277.
trait Plugin {
    fn run(&self);
}

struct Logger;
struct Metrics;

impl Plugin for Logger {
    fn run(&self) {
        println!("log");
    }
}

fn main() {
    let plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Logger), Box::new(Metrics)];
    for p in &plugins {
        p.run();
    }
}
