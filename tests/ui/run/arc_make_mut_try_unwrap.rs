// Arc's ownership helpers: make_mut (clone on write), get_mut, try_unwrap, into_inner,
// ptr_eq, strong and weak counts, Weak::upgrade after the last strong owner is gone.
use std::sync::{Arc, Weak};
use std::thread;

fn main() {
    let mut a = Arc::new(vec![1, 2, 3]);
    Arc::make_mut(&mut a).push(4); // unique: changed in place
    let b = Arc::clone(&a);
    println!("shared: ptr_eq={} strong={}", Arc::ptr_eq(&a, &b), Arc::strong_count(&a));
    Arc::make_mut(&mut a).push(5); // shared: `a` gets its own copy
    println!("a={:?} b={:?} ptr_eq={}", a, b, Arc::ptr_eq(&a, &b));
    println!("counts after make_mut: a={} b={}", Arc::strong_count(&a), Arc::strong_count(&b));

    let mut c = Arc::new(String::from("solo"));
    if let Some(s) = Arc::get_mut(&mut c) {
        s.push_str("!");
    }
    let c2 = Arc::clone(&c);
    println!("get_mut while shared: {}", Arc::get_mut(&mut c).is_none());

    let w: Weak<String> = Arc::downgrade(&c);
    println!("weak_count={} strong={}", Arc::weak_count(&c), Arc::strong_count(&c));
    let h = thread::spawn(move || c2.len());
    println!("len in thread: {}", h.join().unwrap());

    match Arc::try_unwrap(c) {
        Ok(s) => println!("unwrapped {s}"),
        Err(still) => println!("still shared: {still}"),
    }
    println!("upgrade after drop: {:?}", w.upgrade());

    let x = Arc::new(7);
    let y = Arc::clone(&x);
    let err = Arc::try_unwrap(x).unwrap_err();
    println!("try_unwrap shared -> Err({err})");
    drop(err);
    println!("into_inner: {:?}", Arc::into_inner(y));
}
