use std::thread;

fn main() {
    let n = 7;
    let h = thread::spawn(move || {
        if n > 2 {
            panic!("boom in thread {}", n);
        }
        5
    });
    let r = h.join();
    match &r {
        Ok(v) => println!("ok {v}"),
        Err(e) => {
            if let Some(s) = e.downcast_ref::<String>() {
                println!("thread panicked with String: {s}");
            } else if let Some(s) = e.downcast_ref::<&str>() {
                println!("thread panicked with &str: {s}");
            }
        }
    }
    println!("is_err: {}", r.is_err());
    let h2 = thread::spawn(|| panic!("static message"));
    let e = h2.join().unwrap_err();
    println!("{:?}", e.downcast_ref::<&str>());
    println!("main continues");
}
