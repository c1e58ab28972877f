// Spawning threads whose closures borrow locals instead of moving them.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        println!("{:?}", data);
    });
    handle.join().unwrap();

    let mut handles = Vec::new();
    for i in 0..3 {
        let name = format!("worker-{}", i);
        handles.push(thread::spawn(|| {
            println!("{}", name);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
