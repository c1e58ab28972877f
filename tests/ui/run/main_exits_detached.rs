use std::thread;
use std::time::Duration;

fn main() {
    thread::spawn(|| {
        thread::sleep(Duration::from_millis(2000));
        println!("detached thread should never print this");
    });
    println!("main returns without joining");
}
