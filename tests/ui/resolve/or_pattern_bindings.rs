// Alternatives of an or-pattern that bind different names: E0408.
enum Shape {
    Circle(f64),
    Square(f64),
    Rect(f64, f64),
}

fn size(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) | Shape::Square(side) => 1.0,
        Shape::Rect(w, h) => w * h,
    }
}

fn main() {
    println!("{}", size(&Shape::Circle(1.0)));
}
