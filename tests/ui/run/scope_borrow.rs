use std::thread;

fn main() {
    let mut data = vec![1, 2, 3, 4, 5, 6, 7, 8];
    let total: i32 = data.iter().sum();
    let (left, right) = data.split_at_mut(4);
    thread::scope(|s| {
        s.spawn(|| {
            for x in left.iter_mut() {
                *x *= 10;
            }
        });
        s.spawn(|| {
            for x in right.iter_mut() {
                *x += 100;
            }
        });
    });
    println!("{:?} (sum before: {total})", data);

    let words = vec!["alpha", "beta", "gamma"];
    let lens: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = words.iter().map(|w| s.spawn(move || w.len())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{:?}", lens);

    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| {
            counter += 5;
        });
    });
    println!("counter = {counter}");
}
