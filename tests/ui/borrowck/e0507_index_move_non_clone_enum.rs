#[derive(Debug)]
enum Shape { Circle(f64), Rect { w: f64, h: f64 } }
fn area(s: &Shape) -> f64 { match *s { Shape::Circle(r) => r * r, Shape::Rect { w, h } => w * h } }
fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }];
    let total: f64 = shapes.iter().map(area).sum();
    let first = shapes[0];
    println!("{total} {:?}", first);
}
