// LocalKey's helpers for Cell and RefCell keys: set/get/take/replace, with_borrow(_mut);
// each thread starts from the initial value.
use std::cell::{Cell, RefCell};
use std::thread;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static TRAIL: RefCell<Vec<&'static str>> = RefCell::new(vec!["init"]);
}

fn enter(name: &'static str) -> u32 {
    DEPTH.set(DEPTH.get() + 1);
    TRAIL.with_borrow_mut(|t| t.push(name));
    DEPTH.get()
}

fn main() {
    enter("a");
    enter("b");
    println!("main depth {}", DEPTH.get());
    let h = thread::spawn(|| {
        let d = enter("worker");
        let trail = TRAIL.with_borrow(|t| t.join(","));
        (d, trail)
    });
    println!("worker {:?}", h.join().unwrap());
    println!("replace -> {}", DEPTH.replace(10));
    println!("take -> {} then {}", DEPTH.take(), DEPTH.get());
    TRAIL.set(vec!["reset"]);
    println!("trail {:?}", TRAIL.take());
    TRAIL.with(|t| println!("after take {:?}", t.borrow()));
}
