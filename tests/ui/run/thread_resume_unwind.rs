use std::panic;
use std::thread;

#[derive(Debug)]
struct Custom {
    code: i32,
}

fn main() {
    let outer = thread::spawn(|| {
        let inner = thread::spawn(|| panic::panic_any(Custom { code: 42 }));
        match inner.join() {
            Err(e) => match e.downcast::<Custom>() {
                Ok(c) => c.code,
                Err(_) => -1,
            },
            Ok(()) => 0,
        }
    });
    println!("inner payload code: {}", outer.join().unwrap());
    let h = thread::spawn(|| -> u8 { panic!("propagated") });
    if let Err(e) = h.join() {
        println!("resuming the thread's panic in main");
        panic::resume_unwind(e);
    }
    println!("not reached");
}
