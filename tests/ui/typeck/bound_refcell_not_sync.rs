// Sharing a `RefCell` across threads through `Arc`: `RefCell` is not `Sync`: E0277.
use std::cell::RefCell;
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(RefCell::new(0));
    let c = Arc::clone(&counter);
    let h = thread::spawn(move || {
        *c.borrow_mut() += 1;
    });
    h.join().unwrap();
    println!("{}", counter.borrow());
}
