// Channels of owned user structs; several producers, results sorted for determinism.
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
struct Reading {
    sensor: usize,
    value: f64,
}

fn main() {
    let (tx, rx) = mpsc::channel();
    for sensor in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for k in 0..2 {
                tx.send(Reading { sensor, value: sensor as f64 * 1.5 + k as f64 }).unwrap();
            }
        });
    }
    drop(tx);
    let mut all: Vec<Reading> = rx.iter().collect();
    all.sort_by(|a, b| a.value.partial_cmp(&b.value).unwrap());
    for r in &all {
        println!("{r:?}");
    }
}
