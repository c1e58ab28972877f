// Auto traits leak through `impl Trait`: the returned closure holds an `Rc`, so it is not `Send`.
use std::cell::Cell;
use std::rc::Rc;
use std::thread;

fn make_counter() -> impl FnMut() -> u32 {
    let count = Rc::new(Cell::new(0));
    move || {
        count.set(count.get() + 1);
        count.get()
    }
}

fn main() {
    let mut next = make_counter();
    let h = thread::spawn(move || next() + next());
    println!("{}", h.join().unwrap());
}
