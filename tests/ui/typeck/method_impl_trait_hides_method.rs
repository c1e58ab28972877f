// Calling an inherent method through an opaque `impl Trait` return value: E0599.
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

impl Square {
    fn diagonal(&self) -> f64 {
        self.side * 2f64.sqrt()
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn unit() -> impl Shape {
    Square { side: 1.0 }
}

fn main() {
    let s = unit();
    println!("{} {}", s.area(), s.diagonal());
}
