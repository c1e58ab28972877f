// Methods with `where Self: Sized` are not part of the vtable: the trait stays dyn
// compatible. `Self::Item`-style projections in signatures are allowed too.
trait Shape {
    fn area(&self) -> f64;
    fn new_unit() -> Self
    where
        Self: Sized;
    fn scaled<T: Into<f64>>(&self, by: T) -> f64
    where
        Self: Sized,
    {
        self.area() * by.into()
    }
    fn twin(&self) -> Self
    where
        Self: Sized;
}

trait Source {
    type Item;
    fn next_item(&mut self) -> Option<Self::Item>;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn new_unit() -> Self {
        Square(1.0)
    }
    fn twin(&self) -> Self {
        Square(self.0)
    }
}

struct Counter(u32);

impl Source for Counter {
    type Item = u32;
    fn next_item(&mut self) -> Option<u32> {
        self.0 += 1;
        Some(self.0)
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square::new_unit())];
    let mut src: Box<dyn Source<Item = u32>> = Box::new(Counter(0));
    println!("{} {:?} {}", total(&shapes), src.next_item(), Square(1.0).twin().scaled(2));
}
