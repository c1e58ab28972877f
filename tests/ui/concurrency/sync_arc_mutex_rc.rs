// `Mutex<T>` is `Sync` only when `T: Send`: `Arc<Mutex<Rc<i32>>>` cannot be shared.
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let slot = Arc::new(Mutex::new(Rc::new(0)));
    let s2 = Arc::clone(&slot);
    let h = thread::spawn(move || {
        let mut g = s2.lock().unwrap();
        *g = Rc::new(5);
    });
    h.join().unwrap();
    println!("{}", slot.lock().unwrap());
}
