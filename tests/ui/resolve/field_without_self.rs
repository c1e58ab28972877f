// A field or method used without `self.`.
struct Circle {
    radius: f64,
}

impl Circle {
    fn area(&self) -> f64 {
        3.14 * radius * radius
    }

    fn double(&self) -> f64 {
        area() * 2.0
    }
}

fn main() {
    let c = Circle { radius: 1.0 };
    println!("{}", c.double());
}
