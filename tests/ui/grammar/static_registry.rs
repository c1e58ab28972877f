// Immutable statics, atomics and OnceLock-free lazy tables for an HTTP status registry.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

static STATUS: [(u16, &str); 6] = [
    (200, "OK"),
    (201, "Created"),
    (301, "Moved Permanently"),
    (404, "Not Found"),
    (418, "I'm a teapot"),
    (500, "Internal Server Error"),
];

static SERVER_NAME: &str = "ferric-httpd";
static LOOKUPS: AtomicUsize = AtomicUsize::new(0);
static MISSES: AtomicUsize = AtomicUsize::new(0);
static ACCESS_LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Config {
    port: u16,
    keep_alive: bool,
}

static DEFAULT_CONFIG: Config = Config { port: 8080, keep_alive: true };

fn reason(code: u16) -> &'static str {
    LOOKUPS.fetch_add(1, Ordering::Relaxed);
    match STATUS.binary_search_by_key(&code, |&(c, _)| c) {
        Ok(i) => STATUS[i].1,
        Err(_) => {
            MISSES.fetch_add(1, Ordering::Relaxed);
            "Unknown"
        }
    }
}

fn respond(path: &str) -> String {
    let code = match path {
        "/" => 200,
        "/new" => 201,
        "/old" => 301,
        "/tea" => 418,
        "/crash" => 500,
        _ => 404,
    };
    let line = format!("HTTP/1.1 {} {}", code, reason(code));
    ACCESS_LOG.lock().unwrap().push(format!("{} -> {}", path, code));
    line
}

fn main() {
    println!("{} on port {} (keep-alive {})", SERVER_NAME, DEFAULT_CONFIG.port, DEFAULT_CONFIG.keep_alive);
    for path in ["/", "/tea", "/missing", "/old", "/crash"] {
        println!("{:<9} {}", path, respond(path));
    }
    println!("reason(299) = {}", reason(299));
    println!("lookups {} misses {}", LOOKUPS.load(Ordering::Relaxed), MISSES.load(Ordering::Relaxed));
    let log = ACCESS_LOG.lock().unwrap();
    println!("log has {} entries; last = {:?}", log.len(), log.last());
    let r: &'static (u16, &'static str) = &STATUS[0];
    println!("first entry {:?}", r);
}
