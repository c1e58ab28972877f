// Non-`Sync` state per thread: `thread_local!` with a `RefCell` instead of a `static`.
use std::cell::RefCell;
use std::thread;

thread_local! {
    static SEEN: RefCell<Vec<u32>> = RefCell::new(Vec::new());
}

fn note(n: u32) -> usize {
    SEEN.with(|s| {
        s.borrow_mut().push(n);
        s.borrow().len()
    })
}

fn main() {
    note(1);
    note(2);
    let h = thread::spawn(|| note(10));
    println!("worker saw {}", h.join().unwrap());
    println!("main saw {}", note(3));
}
