// A trait with an associated function without `self`, used as `dyn`: E0038.
trait Plugin {
    fn new() -> Self;
    fn run(&self);
}

struct Echo;

impl Plugin for Echo {
    fn new() -> Self {
        Echo
    }
    fn run(&self) {
        println!("echo");
    }
}

fn run_all(plugins: &[Box<dyn Plugin>]) {
    for p in plugins {
        p.run();
    }
}

fn main() {
    run_all(&[Box::new(Echo)]);
}
