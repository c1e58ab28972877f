// A trait method whose trait is not in scope: E0599.
mod geometry {
    pub trait Perimeter {
        fn perimeter(&self) -> f64;
    }

    pub struct Square(pub f64);

    impl Perimeter for Square {
        fn perimeter(&self) -> f64 {
            4.0 * self.0
        }
    }
}

use geometry::Square;

fn main() {
    let s = Square(2.5);
    println!("{}", s.perimeter());
}
