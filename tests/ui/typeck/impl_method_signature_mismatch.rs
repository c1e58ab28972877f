// An impl method whose parameter type differs from the trait's: E0053.
trait Scale {
    fn scale(&self, factor: f64) -> Self;
}

#[derive(Debug)]
struct Size {
    w: f64,
    h: f64,
}

impl Scale for Size {
    fn scale(&self, factor: f32) -> Self {
        Size { w: self.w * factor as f64, h: self.h * factor as f64 }
    }
}

fn main() {
    println!("{:?}", Size { w: 1.0, h: 2.0 }.scale(2.0));
}
