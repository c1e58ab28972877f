use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<()>();
    let h = thread::spawn(move || {
        rx.recv().unwrap();
        9
    });
    println!("finished before signal: {}", h.is_finished());
    tx.send(()).unwrap();
    while !h.is_finished() {
        thread::yield_now();
    }
    println!("finished after signal: {}", h.is_finished());
    println!("{}", h.join().unwrap());
}
