use std::collections::HashMap;
use std::fmt::{self, Debug, Display};

trait Named {
    fn name(&self) -> String;
}

trait Shape: Named + Debug {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }
    fn scale(&mut self, k: f64);
}

#[derive(Debug)]
struct Circle { r: f64 }
#[derive(Debug)]
struct Rect { w: f64, h: f64 }
#[derive(Debug)]
struct Tri { a: f64, b: f64, c: f64 }

impl Named for Circle { fn name(&self) -> String { "circle".into() } }
impl Named for Rect {
    fn name(&self) -> String { if self.w == self.h { "square".into() } else { "rect".into() } }
}
impl Named for Tri { fn name(&self) -> String { String::from("triangle") } }

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
    fn perimeter(&self) -> f64 { 2.0 * std::f64::consts::PI * self.r }
    fn scale(&mut self, k: f64) { self.r *= k; }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn perimeter(&self) -> f64 { 2.0 * (self.w + self.h) }
    fn describe(&self) -> String { format!("{}x{} {}", self.w, self.h, self.name()) }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
}
impl Shape for Tri {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.a + self.b + self.c }
    fn scale(&mut self, k: f64) { self.a *= k; self.b *= k; self.c *= k; }
}

struct Tagged<T>(T, &'static str);

impl<T: Display> Display for Tagged<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}:", self.1)?;
        fmt::Display::fmt(&self.0, f)?;
        write!(f, ">")
    }
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn print_all<T: Named + ?Sized>(items: &[&T]) {
    for i in items { print!("{} ", i.name()); }
    println!();
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 2.0, h: 3.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(Tri { a: 3.0, b: 4.0, c: 5.0 }),
    ];
    for s in &shapes { println!("{}", s.describe()); }
    for s in shapes.iter_mut() { s.scale(2.0); }
    let big = largest(&shapes).unwrap();
    println!("largest: {:?} ({})", big, big.name());
    let refs: Vec<&dyn Shape> = shapes.iter().map(|b| &**b).collect();
    println!("total {:.3}", total_area(&refs));
    let names: Vec<&dyn Named> = vec![&Circle { r: 0.0 }, &Tri { a: 1.0, b: 1.0, c: 1.0 }];
    print_all(&names);
    let mut by_name: HashMap<String, Vec<f64>> = HashMap::new();
    for s in &shapes { by_name.entry(s.name()).or_default().push(s.area()); }
    let mut keys: Vec<_> = by_name.keys().cloned().collect();
    keys.sort();
    for k in keys { println!("{:>10}: {:?}", k, by_name[&k].iter().map(|a| a.round() as i64).collect::<Vec<_>>()); }
    println!("[{:>12}] [{:<12}] [{:^12}]", Tagged(42, "n"), Tagged("hi", "s"), Tagged(1.5, "f"));
    println!("[{:>8.1}]", Tagged(3.14159, "pi"));
    println!("{:?}", shapes);
}
