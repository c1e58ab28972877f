// Scoped threads may borrow from outside the scope, not from inside it: E0373.
use std::thread;

fn main() {
    let mut results = Vec::new();
    thread::scope(|s| {
        let mut handles = Vec::new();
        for i in 0..3 {
            handles.push(s.spawn(|| i * 10));
        }
        for h in handles {
            results.push(h.join().unwrap());
        }
    });
    println!("{results:?}");
}
