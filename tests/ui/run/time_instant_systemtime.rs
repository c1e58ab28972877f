use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
fn main() {
    let start = Instant::now();
    let mut x = 0u64;
    for i in 0..1000 { x += i; }
    let el = start.elapsed();
    println!("{} {}", x, el < Duration::from_secs(60));
    let t = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    println!("{}", t.as_secs() > 1_700_000_000);
    println!("{:?}", Duration::from_millis(1500));
}
