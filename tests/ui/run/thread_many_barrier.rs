use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

fn main() {
    let n = 300;
    let barrier = Arc::new(Barrier::new(n));
    let count = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..n)
        .map(|i| {
            let b = Arc::clone(&barrier);
            let c = Arc::clone(&count);
            thread::spawn(move || {
                b.wait();
                c.fetch_add(i, Ordering::SeqCst);
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", count.load(Ordering::SeqCst));
}
