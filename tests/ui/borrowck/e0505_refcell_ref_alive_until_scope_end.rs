// A `Ref` guard is dropped at the end of the scope, so moving the RefCell before that is E0505.
use std::cell::RefCell;

fn consume(c: RefCell<Vec<i32>>) -> usize {
    c.into_inner().len()
}

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    let r = cell.borrow();
    println!("{}", consume(cell));
}
