// Destructuring one variant of a multi-variant enum with `let`: E0005.
enum Shape {
    Circle { radius: f64 },
    Rect { w: f64, h: f64 },
}

fn main() {
    let s = Shape::Circle { radius: 2.0 };
    let Shape::Circle { radius } = s;
    println!("{radius}");
}
