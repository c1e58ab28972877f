// A trait used as a type without `dyn` (edition 2021): E0782 at each use.
trait Shape { fn area(&self) -> f64; }
struct Sq;
impl Shape for Sq { fn area(&self) -> f64 { 1.0 } }
fn total(v: &[Box<Shape>]) -> f64 { v.iter().map(|s| s.area()).sum() }
fn main() {
    let v: Vec<Box<Shape>> = vec![Box::new(Sq)];
    println!("{}", total(&v));
}
