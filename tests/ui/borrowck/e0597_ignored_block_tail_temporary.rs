// Drop-liveness: see the file name.
use std::cell::RefCell;
fn main() {
    let n = 1;
    {
        let c = RefCell::new(vec![1]);
        c.borrow().len()
    };
    println!("{n}");
}
