// `unsafe impl Sync` lets a type with a `Cell` be shared, here guarded by an atomic flag.
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

struct Slot {
    busy: AtomicBool,
    value: Cell<u64>,
}

unsafe impl Sync for Slot {}

impl Slot {
    fn add(&self, n: u64) {
        while self.busy.swap(true, Ordering::Acquire) {
            std::hint::spin_loop();
        }
        self.value.set(self.value.get() + n);
        self.busy.store(false, Ordering::Release);
    }
}

fn main() {
    let slot = Arc::new(Slot { busy: AtomicBool::new(false), value: Cell::new(0) });
    let handles: Vec<_> = (1..=4u64)
        .map(|n| {
            let slot = Arc::clone(&slot);
            thread::spawn(move || {
                for _ in 0..10 {
                    slot.add(n);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("value = {}", slot.value.get());
}
