use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Counter {
    hits: u32,
}

fn main() {
    let c = Rc::new(RefCell::new(Counter { hits: 0 }));
    let c2 = Rc::clone(&c);
    for _ in 0..3 {
        c2.borrow_mut().hits += 1;
    }
    println!("hits = {}", c.borrow().hits);
    println!("rc count = {}", Rc::strong_count(&c));
    {
        let r1 = c.borrow();
        let r2 = c.borrow();
        println!("two readers: {} {}", r1.hits, r2.hits);
        println!("try_borrow_mut while reading: {}", c.try_borrow_mut().is_err());
    }
    let guard = c.borrow();
    println!("holding a borrow: {:?}", *guard);
    let mut w = c2.borrow_mut();
    w.hits = 100;
    println!("unreachable");
}
