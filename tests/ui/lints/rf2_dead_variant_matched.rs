// Matching a variant does not construct it: variants only matched are never constructed.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
    Tri { a: f64, b: f64, c: f64 },
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Square(side) => side * side,
        Shape::Tri { a, b, c } => a + b + c,
        Shape::Empty => 0.0,
    }
}

fn main() {
    println!("{}", area(&Shape::Circle(1.0)));
    if let Shape::Empty = Shape::Circle(2.0) {
        println!("empty");
    }
}
