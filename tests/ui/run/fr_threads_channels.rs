use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let hits = Arc::new(AtomicUsize::new(0));
    let mut handles = vec![];
    for t in 0..4u64 {
        let counter = Arc::clone(&counter);
        let hits = Arc::clone(&hits);
        handles.push(thread::spawn(move || {
            let mut local = 0;
            for n in (t * 250)..((t + 1) * 250) {
                if is_prime(n) {
                    local += 1;
                    hits.fetch_add(1, Ordering::SeqCst);
                }
            }
            *counter.lock().unwrap() += local;
            local
        }));
    }
    let per: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("per thread {:?}, total {} atomic {}", per, *counter.lock().unwrap(), hits.load(Ordering::SeqCst));

    let (tx, rx) = mpsc::channel::<(usize, String)>();
    let mut hs = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for j in 0..2 {
                tx.send((id, format!("msg {}-{}", id, j))).unwrap();
            }
        }));
    }
    drop(tx);
    for h in hs {
        h.join().unwrap();
    }
    let mut msgs: Vec<(usize, String)> = rx.iter().collect();
    msgs.sort();
    println!("{:?}", msgs);

    let cfg = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r = cfg.read().unwrap();
        println!("read {:?} len {}", *r, r.len());
    }
    cfg.write().unwrap().push(4);
    println!("after write {:?}", cfg.read().unwrap());
    let data = vec![10, 20, 30];
    let result = thread::scope(|s| {
        let h1 = s.spawn(|| data.iter().sum::<i32>());
        let h2 = s.spawn(|| data.iter().max().copied());
        (h1.join().unwrap(), h2.join().unwrap())
    });
    println!("scoped {:?}", result);
    let h = thread::spawn(|| {
        if 2 + 2 == 4 {
            panic!("worker failed with code {}", 7);
        }
        5
    });
    let r = h.join();
    println!("join is_err {}", r.is_err());
    let m = Mutex::new(String::from("x"));
    m.lock().unwrap().push('y');
    println!("{:?}", m.into_inner().unwrap());
}
