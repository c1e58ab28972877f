use std::thread;

fn main() {
    println!("main is {:?}", thread::current().name());
    let h = thread::Builder::new()
        .name("worker-1".to_string())
        .stack_size(64 * 1024)
        .spawn(|| {
            let me = thread::current();
            format!("hello from {}", me.name().unwrap())
        })
        .unwrap();
    println!("handle thread name: {:?}", h.thread().name());
    println!("{}", h.join().unwrap());
    let anon = thread::spawn(|| thread::current().name().map(|s| s.to_string()));
    println!("anonymous: {:?}", anon.join().unwrap());
    let id1 = thread::current().id();
    let id2 = thread::spawn(|| thread::current().id()).join().unwrap();
    println!("same id: {}", id1 == id2);
    println!("main id again equal: {}", id1 == thread::current().id());
}
