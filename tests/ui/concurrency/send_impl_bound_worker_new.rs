// A bound on the impl (`impl<T: Send + 'static> Worker<T>`) checked where `Worker::new` is called.
use std::rc::Rc;
use std::thread::{self, JoinHandle};

struct Worker<T> {
    handle: JoinHandle<usize>,
    _marker: std::marker::PhantomData<T>,
}

impl<T: Send + 'static> Worker<T> {
    fn new(items: Vec<T>) -> Worker<T> {
        let handle = thread::spawn(move || items.len());
        Worker { handle, _marker: std::marker::PhantomData }
    }

    fn finish(self) -> usize {
        self.handle.join().unwrap()
    }
}

fn main() {
    let shared = Rc::new(1);
    let w = Worker::new(
        vec![Rc::clone(&shared), shared],
    );
    println!("{}", w.finish());
}
