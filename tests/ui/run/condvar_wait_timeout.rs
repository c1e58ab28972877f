use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let pair = Arc::new((Mutex::new(0u32), Condvar::new()));
    let (m, c) = &*pair;
    let (g, res) = c.wait_timeout(m.lock().unwrap(), Duration::from_millis(20)).unwrap();
    println!("timed out: {} value {}", res.timed_out(), *g);
    drop(g);
    let p2 = Arc::clone(&pair);
    let h = thread::spawn(move || {
        let (m, c) = &*p2;
        for _ in 0..3 {
            *m.lock().unwrap() += 1;
            c.notify_all();
        }
    });
    let (g, res) = c
        .wait_timeout_while(m.lock().unwrap(), Duration::from_secs(10), |v| *v < 3)
        .unwrap();
    println!("timed out: {} value {}", res.timed_out(), *g);
    drop(g);
    h.join().unwrap();
}
