use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let lock = Arc::new(RwLock::new(1));
    let l2 = Arc::clone(&lock);
    let _ = thread::spawn(move || {
        let _w = l2.write().unwrap();
        panic!("writer panics");
    })
    .join();
    println!("poisoned: {}", lock.is_poisoned());
    let r = lock.read();
    println!("read is_err: {}", r.is_err());
    let v = *r.unwrap_or_else(|e| e.into_inner());
    println!("value: {v}");
    let l3 = Arc::clone(&lock);
    let _ = thread::spawn(move || {
        let _r = l3.read().unwrap_or_else(|e| e.into_inner());
        panic!("reader panics");
    })
    .join();
    lock.clear_poison();
    println!("after clear: {}", lock.is_poisoned());
    *lock.write().unwrap() += 1;
    println!("{:?}", lock);
}
