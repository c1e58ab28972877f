use std::thread;

fn main() {
    let h = thread::spawn(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    let r = h.join();
    println!("joined: {}", r.is_err());
    r.unwrap();
    println!("not reached");
}
