use std::thread;

fn main() {
    let r = std::panic::catch_unwind(|| {
        thread::scope(|s| {
            s.spawn(|| {
                panic!("scoped thread fails");
            });
            println!("scope body done");
        });
    });
    println!("scope result is_err: {}", r.is_err());
    if let Err(e) = r {
        println!("{:?}", e.downcast_ref::<&str>());
    }
    let v = thread::scope(|s| {
        let h = s.spawn(|| -> i32 { panic!("joined") });
        h.join().is_err()
    });
    println!("joined panic handled: {v}");
}
