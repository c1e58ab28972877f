// Moving an `Rc` into a spawned thread: `Rc` is not `Send`: E0277.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let copy = Rc::clone(&shared);
    let handle = thread::spawn(move || {
        println!("{}", copy.len());
    });
    handle.join().unwrap();
}
