use std::thread;

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let handles: Vec<thread::JoinHandle<(u64, u64)>> = (10..15).map(|n| thread::spawn(move || (n, fib(n)))).collect();
    for h in handles {
        let (n, f) = h.join().unwrap();
        println!("fib({n}) = {f}");
    }
    let s = thread::spawn(|| String::from("owned string from a thread")).join().unwrap();
    println!("{s} ({} bytes)", s.len());
    let v = thread::spawn(|| vec![1, 2, 3]).join().unwrap();
    println!("{:?}", v);
}
