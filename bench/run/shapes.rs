// Structs, trait objects, closures and iterator adapters.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { 3.14159 * self.r * self.r }
    fn name(&self) -> &str { "circle" }
}

impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn name(&self) -> &str { "rect" }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    for i in 0..300_000 {
        let x = (i % 17) as f64 + 0.5;
        if i % 3 == 0 {
            shapes.push(Box::new(Circle { r: x }));
        } else {
            shapes.push(Box::new(Rect { w: x, h: (i % 5) as f64 + 1.0 }));
        }
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    let circles = shapes.iter().filter(|s| s.name() == "circle").count();
    let big: Vec<f64> = shapes.iter().map(|s| s.area()).filter(|a| *a > 100.0).collect();
    println!("{:.3} {} {}", total, circles, big.len());
}
