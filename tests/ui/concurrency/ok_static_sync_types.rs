// Statics must be `Sync`: atomics and `Mutex` are, so threads can share them freely.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

static CALLS: AtomicUsize = AtomicUsize::new(0);
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn register(name: &str) {
    CALLS.fetch_add(1, Ordering::SeqCst);
    NAMES.lock().unwrap().push(name.to_string());
}

fn main() {
    let handles: Vec<_> = ["x", "y", "z"]
        .into_iter()
        .map(|n| thread::spawn(move || register(n)))
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut names = NAMES.lock().unwrap().clone();
    names.sort();
    println!("{} calls: {names:?}", CALLS.load(Ordering::SeqCst));
}
