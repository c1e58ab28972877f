use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    thread::spawn(move || {
        tx.send(1).unwrap();
        panic!("worker gives up");
    });
    println!("got {}", rx.recv().unwrap());
    println!("then {:?}", rx.recv());
    println!("main ends normally");
}
