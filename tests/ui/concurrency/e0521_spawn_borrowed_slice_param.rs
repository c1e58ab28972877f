// A borrowed parameter escaping into a spawned thread: E0521.
use std::thread;

fn sum_in_background(values: &[i64]) -> i64 {
    let handle = thread::spawn(move || values.iter().sum::<i64>());
    handle.join().unwrap()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", sum_in_background(&v));
}
