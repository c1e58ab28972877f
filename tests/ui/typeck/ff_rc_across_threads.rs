// Sharing an `Rc` and a `RefCell` with spawned threads instead of `Arc`/`Mutex`.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let counter = Rc::new(5);
    let c2 = Rc::clone(&counter);
    let handle = thread::spawn(move || {
        println!("{}", c2);
    });
    handle.join().unwrap();

    let log = std::sync::Arc::new(RefCell::new(Vec::<String>::new()));
    let log2 = log.clone();
    thread::spawn(move || {
        log2.borrow_mut().push("hi".to_string());
    })
    .join()
    .unwrap();
    println!("{}", counter);
}
