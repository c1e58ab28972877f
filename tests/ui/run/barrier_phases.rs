use std::sync::{Arc, Barrier, Mutex};
use std::thread;

fn main() {
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let log = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<_> = (0..n)
        .map(|i| {
            let b = Arc::clone(&barrier);
            let log = Arc::clone(&log);
            thread::spawn(move || {
                log.lock().unwrap().push(format!("a{i}"));
                let leader = b.wait().is_leader();
                log.lock().unwrap().push(format!("b{i}"));
                leader
            })
        })
        .collect();
    let leaders = hs.into_iter().map(|h| h.join().unwrap()).filter(|&l| l).count();
    println!("leaders: {leaders}");
    let log = log.lock().unwrap();
    let first_b = log.iter().position(|s| s.starts_with('b')).unwrap();
    let last_a = log.iter().rposition(|s| s.starts_with('a')).unwrap();
    println!("all a before any b: {}", last_a < first_b);
    println!("entries: {}", log.len());
}
