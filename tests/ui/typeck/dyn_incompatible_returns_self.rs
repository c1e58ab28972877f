// A trait whose method returns `Self` (and requires `Clone`) boxed as `dyn`: E0038.
trait Shape: Clone {
    fn area(&self) -> f64;
}

#[derive(Clone)]
struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0))];
    println!("{}", shapes.len());
}
