// The thread-safe counterpart of `Rc<RefCell<T>>`: `Arc<Mutex<T>>`.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for i in 0..8 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..100 {
                *counter.lock().unwrap() += 1;
            }
            i
        }));
    }
    let ids: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("ids = {ids:?}");
    println!("count = {}", *counter.lock().unwrap());
    println!("strong = {}", Arc::strong_count(&counter));
}
