// rustc asks for a trait's coherence when it checks the trait's first impl, so an
// overlap error comes among the other impls' errors, in item order.
trait Shape {
    fn area(&self) -> f64;
}
trait Named {
    fn name(&self) -> String;
}

struct Square(f64);

impl Shape for Square {}

impl<T: Shape> Named for T {
    fn name(&self) -> String {
        format!("shape of area {}", self.area())
    }
}
impl Named for Square {
    fn name(&self) -> String {
        "square".to_string()
    }
}

impl Iterator for Square {}

fn main() {}
