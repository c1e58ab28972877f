// Drop-liveness: see the file name.
use std::cell::RefCell;
fn f() -> usize {
    let c = RefCell::new(vec![1]);
    c.borrow().len()
}
fn main() { println!("{}", f()); }
