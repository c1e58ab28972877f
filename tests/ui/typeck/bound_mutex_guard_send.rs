// A generic worker requiring `Send` given a value holding an `Rc`: E0277.
use std::rc::Rc;

fn run_in_background<T: Send + 'static>(job: T) -> T {
    job
}

struct Job {
    name: Rc<String>,
}

fn main() {
    let j = Job { name: Rc::new("backup".to_string()) };
    let j = run_in_background(j);
    println!("{}", j.name);
}
