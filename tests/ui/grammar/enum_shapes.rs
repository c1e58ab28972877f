// A shape enum with unit, tuple and struct variants.
use std::f64::consts::PI;

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Point,
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Polygon { sides: u32, len: f64 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Point => 0.0,
            Shape::Circle(r) => PI * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Polygon { sides, len } => {
                let n = *sides as f64;
                n * len * len / (4.0 * (PI / n).tan())
            }
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Point => "point",
            Shape::Circle(_) => "circle",
            Shape::Rect { w, h } if w == h => "square",
            Shape::Rect { .. } => "rectangle",
            Shape::Triangle(..) => "triangle",
            Shape::Polygon { sides: 5, .. } => "pentagon",
            Shape::Polygon { .. } => "polygon",
        }
    }

    fn scale(&mut self, k: f64) {
        match self {
            Shape::Point => {}
            Shape::Circle(r) => *r *= k,
            Shape::Rect { w, h } => {
                *w *= k;
                *h *= k;
            }
            Shape::Triangle(a, b, c) => {
                *a *= k;
                *b *= k;
                *c *= k;
            }
            Shape::Polygon { len, .. } => *len *= k,
        }
    }
}

fn main() {
    let mut shapes = vec![
        Shape::Point,
        Shape::Circle(1.5),
        Shape::Rect { w: 2.0, h: 2.0 },
        Shape::Rect { w: 3.0, h: 4.5 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Polygon { sides: 5, len: 2.0 },
        Shape::Polygon { sides: 8, len: 1.0 },
    ];
    for s in &shapes {
        println!("{:<10} area {:>8.3}", s.name(), s.area());
    }
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    let total: f64 = shapes.iter().map(Shape::area).sum();
    println!("total area after scaling: {:.2}", total);
    let biggest = shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .unwrap();
    println!("biggest: {:?}", biggest);
    println!("has point: {}", shapes.contains(&Shape::Point));
}
