// AtomicIsize and AtomicBool operations, a compare_exchange_weak retry loop across
// threads, fetch_update, into_inner and get_mut.
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let n = AtomicIsize::new(-5);
    println!("add {} sub {} now {}", n.fetch_add(10, Ordering::SeqCst), n.fetch_sub(3, Ordering::SeqCst), n.load(Ordering::SeqCst));
    println!("max {} min {} now {}", n.fetch_max(40, Ordering::SeqCst), n.fetch_min(-1, Ordering::SeqCst), n.load(Ordering::Relaxed));
    println!("swap {} cas {:?} {:?}", n.swap(8, Ordering::AcqRel), n.compare_exchange(8, 9, Ordering::SeqCst, Ordering::SeqCst), n.compare_exchange(8, 10, Ordering::SeqCst, Ordering::SeqCst));
    let r = n.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| if v < 100 { Some(v * 3) } else { None });
    println!("fetch_update {:?} -> {}", r, n.load(Ordering::SeqCst));

    let b = AtomicBool::new(true);
    println!("and {} or {} xor {} nand {} now {}", b.fetch_and(false, Ordering::SeqCst), b.fetch_or(true, Ordering::SeqCst), b.fetch_xor(true, Ordering::SeqCst), b.fetch_nand(true, Ordering::SeqCst), b.load(Ordering::SeqCst));

    let total = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (1..=4)
        .map(|k| {
            let total = Arc::clone(&total);
            thread::spawn(move || {
                for _ in 0..50 {
                    let mut cur = total.load(Ordering::Relaxed);
                    loop {
                        match total.compare_exchange_weak(cur, cur + k, Ordering::AcqRel, Ordering::Relaxed) {
                            Ok(_) => break,
                            Err(actual) => cur = actual,
                        }
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("total {}", total.load(Ordering::SeqCst));
    let mut owned = AtomicIsize::new(1);
    *owned.get_mut() += 41;
    println!("get_mut/into_inner {}", owned.into_inner());
}
