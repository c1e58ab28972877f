// Explicit derefs of smart pointers used as places go through `DerefMut`; closures that
// use a field through an `Arc`/`Rc` capture the pointer, and closures mutating through a
// `&mut` variable capture it by unique borrow.
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

struct Named(&'static str, u32);

fn main() {
    let r = RefCell::new(5);
    *r.borrow_mut() += 1;
    *r.borrow_mut() *= 7;
    let m = Mutex::new(vec![1]);
    m.lock().unwrap().push(2);
    *m.lock().unwrap() = vec![9, 9];
    {
        let mut g = m.lock().unwrap();
        g[0] += 1;
        *g = g.iter().map(|x| x * 2).collect();
    }
    println!("{} {:?}", r.borrow(), m.lock().unwrap());

    let a = Arc::new(Named("arc", 3));
    let f = move || a.0.len() as u32 + a.1;
    println!("{}", f());
    let rc = Rc::new(Named("rc", 4));
    let g = || rc.1 * 2;
    println!("{} {}", g(), Rc::strong_count(&rc));

    let mut v = vec![1, 2, 3];
    let r = &mut v;
    let mut push = || r.push(4);
    push();
    push();
    let mut data = [0u8; 4];
    let d = &mut data;
    let mut set = |i: usize| d[i] = i as u8 * 10;
    set(1);
    set(3);
    println!("{:?} {:?}", v, data);
}
