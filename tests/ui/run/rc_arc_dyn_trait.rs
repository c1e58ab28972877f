use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};
use std::fmt::Display;
trait S { fn a(&self) -> i32; }
struct X(i32);
impl S for X { fn a(&self) -> i32 { self.0 } }
impl Drop for X { fn drop(&mut self) { println!("drop X({})", self.0); } }
fn main() {
    let r: Rc<dyn S> = Rc::new(X(1));
    let w: Weak<dyn S> = Rc::downgrade(&r);
    println!("{} {} {}", w.upgrade().map(|s| s.a()).unwrap_or(-1), Rc::strong_count(&r), Rc::weak_count(&r));
    let r2 = r.clone();
    println!("ptr_eq {}", Rc::ptr_eq(&r, &r2));
    drop(r);
    drop(r2);
    println!("upgrade after drop: {}", w.upgrade().is_none());
    let b: Box<dyn S> = Box::new(X(5));
    let from_box = Arc::<dyn S>::from(b);
    println!("{}", from_box.a());
    let f: Arc<dyn Fn(i32) -> i32 + Send + Sync> = Arc::new(|x| x * 2);
    let f2 = Arc::clone(&f);
    let h = std::thread::spawn(move || f2(21));
    println!("{} {}", h.join().unwrap(), f(1));
    let shared: Arc<Mutex<Vec<Box<dyn Display + Send>>>> = Arc::new(Mutex::new(Vec::new()));
    shared.lock().unwrap().push(Box::new(3));
    shared.lock().unwrap().push(Box::new("s"));
    for d in shared.lock().unwrap().iter() { println!("{d}"); }
    let s: Arc<str> = Arc::from("text");
    let s2 = Arc::clone(&s);
    println!("{} {}", s2, Arc::strong_count(&s));
}
