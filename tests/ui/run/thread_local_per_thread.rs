use std::cell::RefCell;
use std::thread;

thread_local! {
    static STACK: RefCell<Vec<u32>> = RefCell::new(Vec::new());
}

fn push(v: u32) {
    STACK.with(|s| s.borrow_mut().push(v));
}

fn main() {
    push(1);
    push(2);
    let h = thread::spawn(|| {
        push(100);
        STACK.with(|s| s.borrow().clone())
    });
    println!("thread saw {:?}", h.join().unwrap());
    STACK.with(|s| println!("main sees {:?}", s.borrow()));
}
