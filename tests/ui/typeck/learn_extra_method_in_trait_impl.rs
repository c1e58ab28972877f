trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn perimeter(&self) -> f64 { 4.0 * self.0 }
}
fn main() {
    let s = Sq(2.0);
    println!("{}", s.area());
}
