use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let lock = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        println!("two readers: {} {}", r1.len(), r2[0]);
        println!("try_write while reading: {}", lock.try_write().is_err());
    }
    let hs: Vec<_> = (0..4)
        .map(|i| {
            let l = Arc::clone(&lock);
            thread::spawn(move || {
                let mut w = l.write().unwrap();
                w.push(10 + i);
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let mut v = lock.read().unwrap().clone();
    v.sort();
    println!("{:?}", v);
    let sum: i32 = thread::spawn({
        let l = Arc::clone(&lock);
        move || l.read().unwrap().iter().sum()
    })
    .join()
    .unwrap();
    println!("sum {sum}");
}
