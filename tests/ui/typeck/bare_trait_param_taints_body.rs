trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn total(v: Vec<Shape>) -> f64 { 0.0 }
fn main() {
    let s = Sq(1.0);
    let b: Box<dyn Shape> = Box::new(s);
    println!("{}", s.0);
    let n: u32 = -5;
    let big: u8 = 256;
    let f = 1.0 + 2;
}
