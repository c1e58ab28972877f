use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let h = thread::spawn(move || {
        let mut sent = 0;
        for i in 0.. {
            if tx.send(i).is_err() {
                break;
            }
            sent += 1;
            if sent == 1000 {
                break;
            }
        }
        sent
    });
    let first: Vec<u32> = rx.iter().take(3).collect();
    drop(rx);
    let sent = h.join().unwrap();
    println!("{:?}, producer stopped early or finished: {}", first, sent >= 3);

    let (stx, srx) = mpsc::sync_channel::<String>(1);
    drop(srx);
    println!("{:?}", stx.send("x".into()).map_err(|e| e.0));
    println!("{:?}", stx.try_send("y".into()).is_err());
}
