// The tail temporary bound to a local first: it is dropped before the RefCell.
use std::cell::RefCell;

fn total() -> usize {
    let c = RefCell::new(vec![1, 2, 3]);
    let n = c.borrow().len();
    n
}

fn with_semicolon() {
    let c = RefCell::new(vec![1]);
    c.borrow_mut().push(2);
    println!("{:?}", c.borrow());
}

fn main() {
    println!("{}", total());
    with_semicolon();
}
