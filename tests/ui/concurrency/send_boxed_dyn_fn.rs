// `Box<dyn Fn()>` carries no `Send` bound, so it cannot move into a thread.
use std::thread;

fn make_task(n: i32) -> Box<dyn Fn() -> i32> {
    Box::new(move || n * n)
}

fn main() {
    let task = make_task(6);
    let handle = thread::spawn(move || task());
    println!("{}", handle.join().unwrap());
}
