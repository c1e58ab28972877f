use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn scale(&mut self, k: f64);
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f32 {
        3.14 * (self.r * self.r) as f32
    }
    fn name(&self, verbose: bool) -> String {
        if verbose { "a circle".into() } else { "circle".into() }
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
    fn perimeter(&self) -> f64 {
        2.0 * 3.14 * self.r
    }
}

trait Cloner {
    fn dup(&self) -> Self;
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle({})", self.r)
    }
}

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "C{}", self.r)
    }
}

impl fmt::Display for Vec<Circle> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} circles", self.len())
    }
}

fn total(shapes: &[Box<dyn Cloner>]) -> usize {
    shapes.len()
}

fn main() {
    let c = Circle { r: 1.0 };
    println!("{} {}", c, c.area());
    let _ = total(&[]);
}
