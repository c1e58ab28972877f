// Implementing `Add` for a tuple of primitives: E0117.
use std::ops::Add;

impl Add for (i32, i32) {
    type Output = (i32, i32);
    fn add(self, other: (i32, i32)) -> (i32, i32) {
        (self.0 + other.0, self.1 + other.1)
    }
}

fn main() {
    println!("{:?}", (1, 2) + (3, 4));
}
