// `Arc<RwLock<HashMap<..>>>`: many readers, one writer, across threads.
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let scores: Arc<RwLock<HashMap<&'static str, u32>>> = Arc::new(RwLock::new(HashMap::new()));
    let writers: Vec<_> = [("ann", 3), ("bob", 5), ("cy", 7)]
        .into_iter()
        .map(|(name, s)| {
            let scores = Arc::clone(&scores);
            thread::spawn(move || {
                scores.write().unwrap().insert(name, s);
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let scores = Arc::clone(&scores);
            thread::spawn(move || scores.read().unwrap().values().sum::<u32>())
        })
        .collect();
    for r in readers {
        println!("total {}", r.join().unwrap());
    }
}
