// One match arm leaves the binding unassigned: E0381 at the later use.
enum Shape {
    Circle(f64),
    Square(f64),
    Point,
}

fn main() {
    let s = Shape::Circle(2.0);
    let area: f64;
    match s {
        Shape::Circle(r) => area = 3.14 * r * r,
        Shape::Square(w) => area = w * w,
        Shape::Point => {}
    }
    println!("{area}");
}
