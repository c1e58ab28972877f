use std::sync::{Arc, Weak};
use std::thread;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Arc::new(Noisy("shared"));
    println!("count = {}", Arc::strong_count(&a));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let a = Arc::clone(&a);
            thread::spawn(move || {
                let n = a.0.len() + i;
                n
            })
        })
        .collect();
    let mut ns: Vec<usize> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    ns.sort();
    println!("{:?}", ns);
    println!("count after joins = {}", Arc::strong_count(&a));
    let w: Weak<Noisy> = Arc::downgrade(&a);
    println!("weak = {}, upgrade some: {}", Arc::weak_count(&a), w.upgrade().is_some());
    let b = Arc::clone(&a);
    println!("ptr_eq {}", Arc::ptr_eq(&a, &b));
    drop(a);
    println!("after drop a: {}", Arc::strong_count(&b));
    let inner = Arc::try_unwrap(b).ok().unwrap();
    println!("unwrapped {}", inner.0);
    drop(inner);
    println!("upgrade after all dropped: {}", w.upgrade().is_none());
    let c = Arc::new(5);
    let d = Arc::clone(&c);
    println!("{}", Arc::try_unwrap(c).is_err());
    println!("{}", *d + 1);
}
