// `Box<T>` is fundamental: `T` stays uncovered before the local type `Meters` (E0210).
use std::ops::Add;

struct Meters(f64);

impl<T> Add<Meters> for Box<T> {
    type Output = Meters;
    fn add(self, other: Meters) -> Meters {
        other
    }
}

fn main() {
    let _m = Meters(1.0);
}
