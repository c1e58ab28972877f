use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    println!("{:?}", rx.try_recv());
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv());
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("empty"),
        other => println!("{:?}", other),
    }
    println!("{:?}", rx.recv_timeout(Duration::from_millis(5)) == Err(RecvTimeoutError::Timeout));
    let h = thread::spawn(move || {
        tx.send(3).unwrap();
    });
    h.join().unwrap();
    println!("{:?}", rx.recv());
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv_timeout(Duration::from_millis(5)));
    let (tx2, rx2) = mpsc::channel::<String>();
    drop(rx2);
    let e = tx2.send("lost".to_string()).unwrap_err();
    println!("send error: {} / {:?}", e, e.0);
}
