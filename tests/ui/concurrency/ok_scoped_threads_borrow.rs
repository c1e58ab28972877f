// Scoped threads borrow local data: shared reads and a disjoint mutable split.
use std::thread;

fn main() {
    let mut data = vec![1, 2, 3, 4, 5, 6, 7, 8];
    let label = String::from("chunk");
    let sums: Vec<i32> = thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(3)
            .map(|chunk| s.spawn(|| chunk.iter().sum::<i32>()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{label} sums = {sums:?}");
    let (left, right) = data.split_at_mut(4);
    thread::scope(|s| {
        s.spawn(|| left.iter_mut().for_each(|x| *x *= 10));
        s.spawn(|| right.iter_mut().for_each(|x| *x += 100));
    });
    println!("{data:?}");
}
