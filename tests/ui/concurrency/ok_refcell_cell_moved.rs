// `RefCell` and `Cell` are `Send` (not `Sync`): moving one into a thread is fine.
use std::cell::{Cell, RefCell};
use std::thread;

fn main() {
    let log = RefCell::new(vec![String::from("start")]);
    let ticks = Cell::new(0u8);
    let h = thread::spawn(move || {
        for i in 0..3 {
            log.borrow_mut().push(format!("step {i}"));
            ticks.set(ticks.get() + 1);
        }
        (log.into_inner(), ticks.get())
    });
    let (lines, n) = h.join().unwrap();
    println!("{lines:?} after {n} ticks");
}
