// A fully qualified path to a trait item that does not exist: E0576.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let s = Square(2.0);
    let a = <Square as Shape>::area(&s);
    let p = <Square as Shape>::perimeter(&s);
}
