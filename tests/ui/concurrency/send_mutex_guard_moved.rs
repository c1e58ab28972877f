// A `MutexGuard` must be released on the thread that locked it: it is not `Send`.
use std::sync::Mutex;
use std::thread;

static COUNTER: Mutex<u32> = Mutex::new(0);

fn main() {
    let mut guard = COUNTER.lock().unwrap();
    *guard += 1;
    let handle = thread::spawn(move || {
        *guard += 1;
        println!("counter = {}", *guard);
    });
    handle.join().unwrap();
}
