// A vector of `Box<dyn Trait>` is not `Send` unless the trait object says `+ Send`.
use std::thread;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
    let h = thread::spawn(move || shapes.iter().map(|s| s.area()).sum::<f64>());
    println!("{}", h.join().unwrap());
}
