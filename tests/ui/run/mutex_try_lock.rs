use std::sync::{Mutex, TryLockError};

fn main() {
    let m = Mutex::new(10);
    {
        let g = m.lock().unwrap();
        match m.try_lock() {
            Ok(_) => println!("unexpected"),
            Err(TryLockError::WouldBlock) => println!("would block while held ({})", *g),
            Err(TryLockError::Poisoned(_)) => println!("poisoned"),
        }
    }
    match m.try_lock() {
        Ok(mut g) => {
            *g += 1;
            println!("got it: {}", *g);
        }
        Err(_) => println!("unexpected"),
    }
    let inner = m.into_inner().unwrap();
    println!("into_inner: {inner}");
    let mut m2 = Mutex::new(String::from("a"));
    m2.get_mut().unwrap().push('b');
    println!("{:?}", m2);
}
