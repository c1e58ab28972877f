// Passing a type that does not implement the user trait the function needs: E0277.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}
struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
}

fn print_area(s: &impl Shape) {
    println!("{:.2}", s.area());
}

fn main() {
    print_area(&Circle { r: 1.0 });
    print_area(&Triangle { base: 2.0, height: 3.0 });
}
