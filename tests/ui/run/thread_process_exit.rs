use std::thread;
use std::time::Duration;

fn main() {
    println!("main starts");
    let h = thread::spawn(|| {
        println!("thread exits the process");
        std::process::exit(3);
    });
    h.join().unwrap();
    thread::sleep(Duration::from_millis(1000));
    println!("not reached");
}
