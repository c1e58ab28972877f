// CPU-bound work split over threads: the total Collatz stopping time of 1..=N, computed on
// one thread, then with the range cut into chunks, one thread each.
use std::thread;
use std::time::Instant;

const N: u64 = 60_000;
const THREADS: u64 = 4;

fn collatz_len(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn range_total(lo: u64, hi: u64) -> u64 {
    (lo..hi).map(collatz_len).sum()
}

fn main() {
    let start = Instant::now();
    let single = range_total(1, N + 1);
    let t1 = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let chunk = N / THREADS;
    let handles: Vec<_> = (0..THREADS)
        .map(|i| {
            let lo = 1 + i * chunk;
            let hi = if i == THREADS - 1 { N + 1 } else { lo + chunk };
            thread::spawn(move || range_total(lo, hi))
        })
        .collect();
    let multi: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let tn = start.elapsed().as_secs_f64();

    println!("total {single} {multi}");
    println!("time single {t1:.3}");
    println!("time threads{THREADS} {tn:.3}");
}
