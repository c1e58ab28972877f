// A thread pool's `execute` method bounds its job by `Send + 'static`; the job captures an `Rc`.
use std::rc::Rc;
use std::sync::mpsc::{self, Sender};
use std::thread::{self, JoinHandle};

type Job = Box<dyn FnOnce() + Send + 'static>;

struct Pool {
    tx: Option<Sender<Job>>,
    worker: Option<JoinHandle<()>>,
}

impl Pool {
    fn new() -> Pool {
        let (tx, rx) = mpsc::channel::<Job>();
        let worker = thread::spawn(move || {
            for job in rx {
                job();
            }
        });
        Pool { tx: Some(tx), worker: Some(worker) }
    }

    fn execute<F>(&self, f: F)
    where
        F: FnOnce() + Send + 'static,
    {
        self.tx.as_ref().unwrap().send(Box::new(f)).unwrap();
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        drop(self.tx.take());
        if let Some(w) = self.worker.take() {
            w.join().unwrap();
        }
    }
}

fn main() {
    let pool = Pool::new();
    let greeting = Rc::new(String::from("hi"));
    pool.execute(
        move || {
            println!("{greeting}");
        },
    );
}
