use std::sync::atomic::{AtomicBool, AtomicI64, AtomicI8, AtomicPtr, AtomicU16, AtomicU32, Ordering::*};
use std::sync::Arc;
use std::thread;

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

fn next_id() -> u32 {
    NEXT_ID.fetch_add(1, Relaxed)
}

fn main() {
    let hs: Vec<_> = (0..4).map(|_| thread::spawn(|| (0..5).map(|_| next_id()).collect::<Vec<_>>())).collect();
    let mut ids: Vec<u32> = hs.into_iter().flat_map(|h| h.join().unwrap()).collect();
    ids.sort();
    ids.dedup();
    println!("unique ids: {} max {}", ids.len(), ids.last().unwrap());

    let x = AtomicI8::new(127);
    println!("i8 wrap: {} -> {}", x.fetch_add(1, SeqCst), x.load(SeqCst));
    println!("fetch_and {} -> {}", x.fetch_and(0x0f, SeqCst), x.load(SeqCst));
    println!("fetch_nand {} -> {}", x.fetch_nand(0x0f, SeqCst), x.load(SeqCst));
    println!("fetch_min {} -> {}", x.fetch_min(-100, SeqCst), x.load(SeqCst));

    let total = Arc::new(AtomicI64::new(0));
    let hs: Vec<_> = (1..=4i64)
        .map(|k| {
            let t = Arc::clone(&total);
            thread::spawn(move || {
                for _ in 0..100 {
                    let mut cur = t.load(Relaxed);
                    loop {
                        match t.compare_exchange_weak(cur, cur + k, SeqCst, Relaxed) {
                            Ok(_) => break,
                            Err(actual) => cur = actual,
                        }
                    }
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("cas total {}", total.load(SeqCst));

    let b = AtomicBool::new(true);
    println!("{:?} {:?}", b.compare_exchange(false, true, SeqCst, SeqCst), b.compare_exchange(true, false, SeqCst, SeqCst));
    println!("fetch_and {} fetch_nand {} now {}", b.fetch_and(true, SeqCst), b.fetch_nand(true, SeqCst), b.load(SeqCst));

    let u = AtomicU16::new(0);
    println!("sub wraps: {} -> {}", u.fetch_sub(1, SeqCst), u.load(SeqCst));
    println!("{:?}", u.fetch_update(SeqCst, SeqCst, |v| v.checked_add(1)));
    println!("{:?}", u.fetch_update(SeqCst, SeqCst, |v| v.checked_add(1)));

    let mut data = 5;
    let mut other = 10;
    let p = AtomicPtr::new(&mut data as *mut i32);
    let old = p.swap(&mut other as *mut i32, SeqCst);
    unsafe {
        *p.load(SeqCst) += 1;
        println!("old points to {}, new points to {}", *old, *p.load(SeqCst));
    }
    println!("{:?}", AtomicU32::new(7));
}
