// A struct holding a borrowed parameter moved into a spawned thread: E0521.
use std::thread;

struct Job<'a> {
    name: &'a str,
}

fn run(name: &str) {
    let job = Job { name };
    let h = thread::spawn(move || {
        println!("running {}", job.name);
    });
    h.join().unwrap();
}

fn main() {
    run("a");
}
