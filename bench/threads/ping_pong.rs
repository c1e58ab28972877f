// Channel ping-pong: two threads bounce a counter through a pair of mpsc channels.
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

const ROUNDS: u64 = 20_000;

fn main() {
    let (to_pong, pong_rx) = mpsc::channel::<u64>();
    let (to_ping, ping_rx) = mpsc::channel::<u64>();
    let start = Instant::now();
    let ponger = thread::spawn(move || {
        let mut seen = 0u64;
        for v in pong_rx {
            seen += 1;
            if to_ping.send(v + 1).is_err() {
                break;
            }
        }
        seen
    });
    let mut v = 0u64;
    for _ in 0..ROUNDS {
        to_pong.send(v).unwrap();
        v = ping_rx.recv().unwrap() + 1;
    }
    drop(to_pong);
    let seen = ponger.join().unwrap();
    let secs = start.elapsed().as_secs_f64();
    let messages = 2 * ROUNDS;
    println!("final {v} seen {seen}");
    println!("time {secs:.3}");
    println!("rate {:.0}", messages as f64 / secs);
}
