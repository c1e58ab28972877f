// `move` closures copy `Copy` data into each thread; the originals stay usable.
use std::thread;

#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let origin = Point { x: 1, y: 2 };
    let scale = 3;
    let handles: Vec<_> = (0..3)
        .map(|i| thread::spawn(move || Point { x: origin.x * scale + i, y: origin.y * scale }))
        .collect();
    for h in handles {
        println!("{:?}", h.join().unwrap());
    }
    println!("{origin:?} {scale}");
}
