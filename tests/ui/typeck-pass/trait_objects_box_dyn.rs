// Trait objects: Vec<Box<dyn Trait>>, &dyn dispatch, trait objects with supertraits and generics.
use std::fmt::Debug;

trait Shape: Debug {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
    fn scale(&mut self, k: f64);
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

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &'static str {
        "rect"
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> &'a dyn Shape {
    shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .map(|b| b.as_ref())
        .unwrap()
}

fn print_it(s: &dyn Shape) {
    println!("{} {:.2}", s.name(), s.area());
}

fn make(kind: &str, size: f64) -> Box<dyn Shape> {
    match kind {
        "circle" => Box::new(Circle { r: size }),
        _ => Box::new(Rect { w: size, h: size * 2.0 }),
    }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![make("circle", 1.0), make("rect", 2.0)];
    shapes.push(Box::new(Rect { w: 0.5, h: 0.5 }));
    println!("{:.3}", total_area(&shapes));
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    println!("{:.3}", total_area(&shapes));
    print_it(biggest(&shapes));
    let c = Circle { r: 3.0 };
    print_it(&c);
    println!("{:?}", shapes[2]);
    let names: Vec<&str> = shapes.iter().map(|s| s.name()).collect();
    println!("{:?}", names);
}
