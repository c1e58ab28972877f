// Scoped threads may borrow locals, but sharing `&RefCell` needs `RefCell: Sync`.
use std::cell::RefCell;
use std::thread;

fn main() {
    let log = RefCell::new(Vec::new());
    thread::scope(|s| {
        for i in 0..3 {
            let log = &log;
            s.spawn(move || {
                log.borrow_mut().push(i);
            });
        }
    });
    println!("{:?}", log.borrow());
}
