use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let pair2 = Arc::clone(&pair);
    let h = thread::spawn(move || {
        let (lock, cvar) = &*pair2;
        let mut started = lock.lock().unwrap();
        *started = true;
        cvar.notify_one();
        drop(started);
        "notified"
    });
    let (lock, cvar) = &*pair;
    let mut started = lock.lock().unwrap();
    while !*started {
        started = cvar.wait(started).unwrap();
    }
    println!("started = {}", *started);
    drop(started);
    println!("{}", h.join().unwrap());

    // A queue with wait_while.
    let q = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
    let producers: Vec<_> = (0..3)
        .map(|i| {
            let q = Arc::clone(&q);
            thread::spawn(move || {
                let (m, c) = &*q;
                m.lock().unwrap().push(i * 10);
                c.notify_all();
            })
        })
        .collect();
    let (m, c) = &*q;
    let mut items = c.wait_while(m.lock().unwrap(), |v| v.len() < 3).unwrap();
    items.sort();
    println!("{:?}", *items);
    drop(items);
    for p in producers {
        p.join().unwrap();
    }
}
