// Impls that look overlapping but are not: `String` does not implement the local trait
// `Shape`, and only this crate could add that impl; `Vec<u8>` and `Vec<u16>` differ.
trait Shape {
    fn area(&self) -> f64;
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Shape> Describe for T {
    fn describe(&self) -> String {
        format!("shape of area {}", self.area())
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("text {}", self)
    }
}

trait Bytes {
    fn width(&self) -> usize;
}

impl Bytes for Vec<u8> {
    fn width(&self) -> usize {
        1
    }
}

impl Bytes for Vec<u16> {
    fn width(&self) -> usize {
        2
    }
}

impl<T> Bytes for Option<T> {
    fn width(&self) -> usize {
        0
    }
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).describe());
    println!("{}", String::from("hi").describe());
    println!("{} {}", vec![1u8].width(), vec![1u16].width());
    println!("{}", Some(3).width());
}
