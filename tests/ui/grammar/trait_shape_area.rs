// A shape hierarchy through a trait with default methods and trait objects.
use std::fmt::Debug;

trait Shape: Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;

    fn name(&self) -> String {
        String::from("shape")
    }

    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }

    fn is_larger_than(&self, other: &dyn Shape) -> bool {
        self.area() > other.area()
    }
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

#[derive(Debug)]
struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug)]
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.0
    }
    fn name(&self) -> String {
        "square".into()
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        match best {
            Some(b) if !s.is_larger_than(b) => {}
            _ => best = Some(s.as_ref()),
        }
    }
    best
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Rect { w: 3.0, h: 1.5 }),
        Box::new(Square(2.0)),
        Box::new(Circle { r: 0.5 }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("total area: {:.3}", total_area(&shapes));
    if let Some(big) = largest(&shapes) {
        println!("largest: {:?}", big);
    }
    let sq = Square(1.0);
    let r = Rect { w: 1.0, h: 0.5 };
    println!("square larger than rect: {}", sq.is_larger_than(&r));
}
