// A local trait's impls are listed when a type lacks it.
trait Shape {
    fn area(&self) -> f64;
}
struct Circle;
struct Square;
struct Triangle;
impl Shape for Circle {
    fn area(&self) -> f64 { 3.14 }
}
impl Shape for Square {
    fn area(&self) -> f64 { 1.0 }
}
fn describe<T: Shape>(shape: T) -> f64 {
    shape.area()
}
fn main() {
    println!("{}", describe(Triangle));
}
