use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let start = Instant::now();
    thread::sleep(Duration::from_millis(20));
    let el = start.elapsed();
    println!("slept at least 20ms: {}", el >= Duration::from_millis(20));
    let n = thread::available_parallelism().unwrap().get();
    println!("parallelism >= 1: {}", n >= 1);
    let hs: Vec<_> = (0..3u64)
        .map(|i| thread::spawn(move || {
            thread::sleep(Duration::from_millis(10 * (3 - i)));
            i
        }))
        .collect();
    let r: Vec<u64> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", r);
    thread::yield_now();
    println!("done");
}
