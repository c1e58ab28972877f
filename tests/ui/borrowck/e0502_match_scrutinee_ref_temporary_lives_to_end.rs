// Drop-liveness: see the file name.
use std::cell::RefCell;
fn main() {
    let mut v = RefCell::new(vec![1]);
    let n = match v.borrow().len() { 0 => 0, _ => { v.get_mut().push(2); 1 } };
    println!("{n}");
}
