use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

fn main() {
    let hits = AtomicUsize::new(0);
    let names = ["x", "y"];
    let out = thread::scope(|s| {
        let mut hs = Vec::new();
        for name in names {
            let hits = &hits;
            hs.push(
                thread::Builder::new()
                    .name(format!("scoped-{name}"))
                    .spawn_scoped(s, move || {
                        hits.fetch_add(1, Ordering::SeqCst);
                        s.spawn(move || {
                            hits.fetch_add(10, Ordering::SeqCst);
                        });
                        thread::current().name().unwrap().to_string()
                    })
                    .unwrap(),
            );
        }
        hs.into_iter().map(|h| h.join().unwrap()).collect::<Vec<_>>()
    });
    println!("{:?}", out);
    println!("hits = {}", hits.load(Ordering::SeqCst));
}
