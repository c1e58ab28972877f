// `Box<dyn FnOnce() + Send>` is the usual type of a job sent to a worker.
use std::sync::mpsc;
use std::thread;

type Job = Box<dyn FnOnce() -> String + Send + 'static>;

fn main() {
    let (tx, rx) = mpsc::channel::<Job>();
    let worker = thread::spawn(move || {
        let mut out = Vec::new();
        for job in rx {
            out.push(job());
        }
        out
    });
    for i in 0..3 {
        let name = format!("job{i}");
        tx.send(Box::new(move || format!("{name} done"))).unwrap();
    }
    drop(tx);
    for line in worker.join().unwrap() {
        println!("{line}");
    }
}
