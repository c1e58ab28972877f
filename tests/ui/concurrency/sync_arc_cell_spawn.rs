// `Cell` is `Send` but not `Sync`, so `Arc<Cell<u64>>` is not `Send`.
use std::cell::Cell;
use std::sync::Arc;
use std::thread;

fn main() {
    let hits = Arc::new(Cell::new(0u64));
    let worker_hits = Arc::clone(&hits);
    let worker = thread::spawn(move || {
        for _ in 0..10 {
            worker_hits.set(worker_hits.get() + 1);
        }
    });
    worker.join().unwrap();
    println!("{}", hits.get());
}
