// `Arc<T>` is `Send` only when `T: Send + Sync`: `Arc<RefCell<_>>` cannot cross threads.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let data = Arc::new(RefCell::new(vec![1, 2, 3]));
    let mut handles = Vec::new();
    for i in 0..2 {
        let data = Arc::clone(&data);
        handles.push(thread::spawn(move || {
            data.borrow_mut().push(i);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", data.borrow());
}
