use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let words: Vec<String> = text.split_whitespace().map(String::from).collect();
    let chunks: Vec<Vec<String>> = words.chunks(3).map(|c| c.to_vec()).collect();
    let freq = Arc::new(Mutex::new(HashMap::new()));
    let mut hs = Vec::new();
    for chunk in chunks {
        let freq = Arc::clone(&freq);
        hs.push(thread::spawn(move || {
            let n = chunk.len();
            for w in chunk {
                *freq.lock().unwrap().entry(w).or_insert(0) += 1;
            }
            n
        }));
    }
    let total: usize = hs.into_iter().map(|h| h.join().unwrap()).sum();
    let freq = freq.lock().unwrap();
    let mut pairs: Vec<(&String, &i32)> = freq.iter().collect();
    pairs.sort();
    println!("total words {total}");
    for (w, c) in pairs {
        println!("{w}: {c}");
    }
}
