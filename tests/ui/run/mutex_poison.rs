use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let m = Arc::new(Mutex::new(vec![1, 2, 3]));
    let m2 = Arc::clone(&m);
    let r = thread::spawn(move || {
        let mut g = m2.lock().unwrap();
        g.push(4);
        panic!("poisoning the mutex");
    })
    .join();
    println!("thread failed: {}", r.is_err());
    println!("poisoned: {}", m.is_poisoned());
    match m.lock() {
        Ok(_) => println!("lock ok"),
        Err(e) => {
            let g = e.into_inner();
            println!("recovered: {:?}", *g);
        }
    }
    let res = m.lock();
    println!("still err: {}", res.is_err());
    drop(res);
    m.clear_poison();
    println!("after clear_poison: {}", m.is_poisoned());
    println!("{:?}", m.lock().unwrap());
}
