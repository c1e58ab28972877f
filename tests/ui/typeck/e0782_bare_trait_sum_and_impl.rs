// `Trait + Send` as a type and `impl Trait {}` without `dyn`: E0782.
trait Shape { fn area(&self) -> f64; }
struct Sq;
impl Shape for Sq { fn area(&self) -> f64 { 1.0 } }
fn f(s: &(Shape + Send)) -> f64 { s.area() }
impl Shape { fn hi(&self) {} }
fn main() {
    println!("{}", f(&Sq));
}
