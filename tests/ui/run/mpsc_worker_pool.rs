use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

enum Job {
    Square(u64),
    Stop,
}

fn main() {
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (res_tx, res_rx) = mpsc::channel::<(usize, u64)>();
    let workers: Vec<_> = (0..3)
        .map(|id| {
            let rx = Arc::clone(&job_rx);
            let tx = res_tx.clone();
            thread::spawn(move || {
                let mut done = 0;
                loop {
                    let job = rx.lock().unwrap().recv().unwrap();
                    match job {
                        Job::Square(n) => {
                            tx.send((id, n * n)).unwrap();
                            done += 1;
                        }
                        Job::Stop => break,
                    }
                }
                done
            })
        })
        .collect();
    drop(res_tx);
    for n in 1..=10 {
        job_tx.send(Job::Square(n)).unwrap();
    }
    for _ in 0..3 {
        job_tx.send(Job::Stop).unwrap();
    }
    let total_jobs: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    let mut squares: Vec<u64> = res_rx.iter().map(|(_, sq)| sq).collect();
    squares.sort();
    println!("jobs done: {total_jobs}");
    println!("{:?}", squares);
    println!("sum: {}", squares.iter().sum::<u64>());
}
