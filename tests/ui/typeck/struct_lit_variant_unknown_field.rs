// A struct-like enum variant literal naming a field it does not have: E0559.
#[derive(Debug)]
enum Shape {
    Rect { w: f64, h: f64 },
    Circle { r: f64 },
}

fn main() {
    let s = Shape::Circle { radius: 2.0 };
    println!("{:?}", s);
}
