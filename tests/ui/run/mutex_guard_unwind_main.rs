use std::panic;
use std::sync::Mutex;

static M: Mutex<Vec<i32>> = Mutex::new(Vec::new());

fn main() {
    let r = panic::catch_unwind(|| {
        let mut g = M.lock().unwrap();
        g.push(1);
        panic!("while holding the lock");
    });
    println!("caught: {}", r.is_err());
    println!("poisoned: {}", M.is_poisoned());
    match M.try_lock() {
        Ok(_) => println!("ok"),
        Err(std::sync::TryLockError::Poisoned(p)) => println!("poisoned try_lock: {:?}", *p.into_inner()),
        Err(std::sync::TryLockError::WouldBlock) => println!("would block"),
    }
    let g = M.lock().unwrap_or_else(|e| e.into_inner());
    println!("len {}", g.len());
}
