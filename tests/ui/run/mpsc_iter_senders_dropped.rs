use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(usize, u32)>();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for j in 0..4u32 {
                tx.send((id, j * j)).unwrap();
            }
        });
    }
    drop(tx);
    let mut got: Vec<(usize, u32)> = rx.iter().collect();
    got.sort();
    println!("{} messages", got.len());
    println!("{:?}", got);
    println!("recv after close: {:?}", rx.recv());
    println!("try_recv after close: {:?}", rx.try_recv());
}
