use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

static GLOBAL: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let counter = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let c = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..500 {
                    c.fetch_add(1, Ordering::SeqCst);
                    GLOBAL.fetch_add(2, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("counter = {}", counter.load(Ordering::SeqCst));
    println!("global = {}", GLOBAL.load(Ordering::SeqCst));

    let a = AtomicI32::new(5);
    println!("{:?}", a.compare_exchange(5, 7, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", a.compare_exchange(5, 9, Ordering::SeqCst, Ordering::SeqCst));
    println!("swap -> {}", a.swap(-3, Ordering::SeqCst));
    println!("fetch_sub -> {}", a.fetch_sub(10, Ordering::SeqCst));
    println!("now {}", a.load(Ordering::SeqCst));
    println!("fetch_max -> {} then {}", a.fetch_max(4, Ordering::SeqCst), a.load(Ordering::SeqCst));
    println!("fetch_update {:?}", a.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 100 { Some(x * 3) } else { None }));
    println!("into_inner {}", a.into_inner());

    let flag = AtomicBool::new(false);
    println!("fetch_or {}", flag.fetch_or(true, Ordering::SeqCst));
    println!("flag {}", flag.load(Ordering::Relaxed));
    println!("fetch_xor {} -> {}", flag.fetch_xor(true, Ordering::SeqCst), flag.load(Ordering::SeqCst));

    let big = AtomicU64::new(u64::MAX);
    println!("wrapping fetch_add {} -> {}", big.fetch_add(2, Ordering::SeqCst), big.load(Ordering::SeqCst));
    let mut m = AtomicUsize::new(1);
    *m.get_mut() += 41;
    println!("{:?}", m);
}
