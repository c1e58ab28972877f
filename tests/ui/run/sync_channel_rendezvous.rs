use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(0);
    let h = thread::spawn(move || {
        for i in 0..5 {
            tx.send(i * 2).unwrap();
        }
        "producer done"
    });
    let mut sum = 0;
    for v in rx.iter() {
        sum += v;
    }
    println!("sum = {sum}");
    println!("{}", h.join().unwrap());

    let (tx, rx) = mpsc::sync_channel(2);
    tx.send('a').unwrap();
    tx.send('b').unwrap();
    println!("full: {:?}", tx.try_send('c'));
    println!("{:?}", rx.recv());
    println!("now: {:?}", tx.try_send('c'));
    drop(tx);
    let rest: Vec<char> = rx.into_iter().collect();
    println!("{:?}", rest);
}
