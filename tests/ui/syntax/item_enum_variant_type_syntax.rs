enum Shape {
    Circle: f64,
    Square(f64),
}

fn main() {
    let s = Shape::Square(2.0);
    if let Shape::Square(side) = s {
        println!("{}", side);
    }
}
