// Spawning a thread that captures a borrowed parameter escaping the function: E0521.
use std::thread;

fn log_async(msg: &str) {
    let h = thread::spawn(move || {
        println!("{msg}");
    });
    h.join().unwrap();
}

fn main() {
    log_async("hello");
}
