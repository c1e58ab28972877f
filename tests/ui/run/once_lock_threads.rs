use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread;

static CONFIG: OnceLock<String> = OnceLock::new();
static INITS: AtomicUsize = AtomicUsize::new(0);

fn config() -> &'static str {
    CONFIG.get_or_init(|| {
        INITS.fetch_add(1, Ordering::SeqCst);
        String::from("configured")
    })
}

fn main() {
    let hs: Vec<_> = (0..5).map(|_| thread::spawn(|| config().len())).collect();
    let lens: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", lens);
    println!("inits = {}", INITS.load(Ordering::SeqCst));
    println!("{}", config());
    let cell = Arc::new(OnceLock::new());
    let c2 = Arc::clone(&cell);
    thread::spawn(move || {
        c2.set(42).unwrap();
    })
    .join()
    .unwrap();
    println!("{:?} {:?}", cell.get(), cell.set(7));
}
