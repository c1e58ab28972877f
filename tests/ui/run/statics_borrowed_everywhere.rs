// Statics read, borrowed for 'static, iterated, locked and shared with threads: all of it
// borrow checked (a static is a place behind a constant `&'static`).
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

static NAMES: [&str; 3] = ["ada", "grace", "barbara"];
static GREETING: &str = "hello";
static COUNTER: AtomicUsize = AtomicUsize::new(0);
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static mut CALLS: u32 = 0;

struct Config {
    name: &'static str,
    limit: usize,
}
static CONFIG: Config = Config { name: "default", limit: 2 };

fn longest() -> &'static str {
    let mut best = NAMES[0];
    for n in NAMES.iter() {
        if n.len() > best.len() {
            best = n;
        }
    }
    best
}

fn config() -> &'static Config {
    &CONFIG
}

fn record(s: &str) {
    LOG.lock().unwrap().push(s.to_string());
    unsafe {
        CALLS += 1;
    }
}

fn main() {
    println!("{} {}", GREETING, longest());
    let c = config();
    println!("{} {}", c.name, c.limit);
    let handles: Vec<_> = (0..3)
        .map(|i| {
            thread::spawn(move || {
                COUNTER.fetch_add(i, Ordering::SeqCst);
                let name: &'static str = NAMES[i];
                name.len()
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("total {} counter {}", total, COUNTER.load(Ordering::SeqCst));
    for n in &NAMES[..CONFIG.limit] {
        record(n);
    }
    let log = LOG.lock().unwrap();
    println!("{:?} {}", *log, unsafe { CALLS });
    let first: &'static str = NAMES.first().copied().unwrap_or("none");
    println!("{first}");
}
