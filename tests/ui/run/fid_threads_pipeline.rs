use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

#[derive(Debug)]
enum Msg {
    Word(usize, String),
    Done(usize),
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog and the quick cat";
    let words: Vec<String> = text.split(' ').map(String::from).collect();
    let chunks: Vec<Vec<String>> = words.chunks(4).map(|c| c.to_vec()).collect();
    let (tx, rx) = mpsc::channel::<Msg>();
    let processed = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for (id, chunk) in chunks.into_iter().enumerate() {
        let tx = tx.clone();
        let processed = Arc::clone(&processed);
        handles.push(thread::spawn(move || {
            for w in chunk {
                processed.fetch_add(1, Ordering::SeqCst);
                tx.send(Msg::Word(id, w.to_uppercase())).unwrap();
            }
            tx.send(Msg::Done(id)).unwrap();
            id * 10
        }));
    }
    drop(tx);
    let mut per_worker: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut done = Vec::new();
    for msg in rx {
        match msg {
            Msg::Word(id, w) => per_worker.entry(id).or_default().push(w),
            Msg::Done(id) => done.push(id),
        }
    }
    let results: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    done.sort();
    println!("done {:?} results {:?} processed {}", done, results, processed.load(Ordering::SeqCst));
    for (id, ws) in &per_worker {
        println!("worker {}: {}", id, ws.join(" "));
    }

    let counts = Arc::new(Mutex::new(BTreeMap::<char, usize>::new()));
    let hs: Vec<_> = ["alpha", "beta", "gamma"]
        .iter()
        .map(|&w| {
            let counts = Arc::clone(&counts);
            thread::spawn(move || {
                for c in w.chars() {
                    *counts.lock().unwrap().entry(c).or_insert(0) += 1;
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let counts = Arc::try_unwrap(counts).unwrap().into_inner().unwrap();
    println!("{:?}", counts);

    let config = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap();
        println!("readers see {} {}", r1.len(), r2[0]);
    }
    config.write().unwrap().push(4);
    println!("{:?}", *config.read().unwrap());

    let data = vec![1u64, 2, 3, 4, 5, 6];
    let total = thread::scope(|s| {
        let (a, b) = data.split_at(3);
        let h1 = s.spawn(move || a.iter().sum::<u64>());
        let h2 = s.spawn(move || b.iter().product::<u64>());
        h1.join().unwrap() + h2.join().unwrap()
    });
    println!("scoped total {}", total);
    let r = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        v[0]
    })
    .join();
    println!("worker panicked: {}", r.is_err());
}
