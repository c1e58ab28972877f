// Once (call_once, is_completed), LazyLock (first use, force) and OnceLock (set, get)
// shared by threads: each initialiser runs once.
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{LazyLock, Once, OnceLock};
use std::thread;

static INIT_RUNS: AtomicU32 = AtomicU32::new(0);
static SETUP: Once = Once::new();
static TABLE: LazyLock<Vec<u64>> = LazyLock::new(|| {
    INIT_RUNS.fetch_add(1, Ordering::SeqCst);
    (1..=5).map(|i| i * i).collect()
});
static CONFIG: OnceLock<String> = OnceLock::new();

fn setup() {
    SETUP.call_once(|| {
        INIT_RUNS.fetch_add(100, Ordering::SeqCst);
    });
}

fn main() {
    println!("completed before: {}", SETUP.is_completed());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            thread::spawn(move || {
                setup();
                TABLE[i]
            })
        })
        .collect();
    let got: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("got {got:?}");
    println!("completed after: {}", SETUP.is_completed());
    println!("forced len {}", LazyLock::force(&TABLE).len());
    println!("init runs {}", INIT_RUNS.load(Ordering::SeqCst));
    println!("config before {:?}", CONFIG.get());
    println!("first set {:?}", CONFIG.set("fast".to_string()));
    println!("second set {:?}", CONFIG.set("slow".to_string()));
    println!("config {:?}", CONFIG.get());
}
