// Match arms with incompatible types: E0308.
enum Shape {
    Circle(f64),
    Square(f64),
    Point,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square(side) => side * side,
        Shape::Point => 0,
    }
}

fn main() {
    println!("{}", area(&Shape::Circle(1.0)));
}
