// Implementing a trait: one method forgotten, one that the trait does not have.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }

    fn diagonal(&self) -> f64 {
        (self.w * self.w + self.h * self.h).sqrt()
    }
}

fn main() {
    let r = Rect { w: 3.0, h: 4.0 };
    println!("{} {}", r.area(), r.name());
}
