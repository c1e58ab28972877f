// The classic worker-pool slip: `Receiver` is `Send` but not `Sync`, so `Arc<Receiver<_>>`
// cannot be handed to several threads (a `Mutex<Receiver<_>>` inside the `Arc` can).
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let rx = Arc::new(rx);
    let mut workers = Vec::new();
    for id in 0..2 {
        let rx = Arc::clone(&rx);
        workers.push(thread::spawn(move || {
            while let Ok(job) = rx.recv() {
                println!("worker {id} got {job}");
            }
        }));
    }
    for job in 0..4 {
        tx.send(job).unwrap();
    }
    drop(tx);
    for w in workers {
        w.join().unwrap();
    }
}
