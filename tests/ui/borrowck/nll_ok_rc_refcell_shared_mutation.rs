// Shared ownership with interior mutability: Rc<RefCell<_>> mutated through clones.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let a = Rc::clone(&log);
    let b = Rc::clone(&log);
    a.borrow_mut().push("from a");
    b.borrow_mut().push("from b");
    let n = log.borrow().len();
    println!("{n} {:?} rc={}", log.borrow(), Rc::strong_count(&log));
}
