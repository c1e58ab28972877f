// A blanket impl and a specific impl of the same trait overlap.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

struct Point {
    x: i32,
}

impl Clone for Point {
    fn clone(&self) -> Self {
        Point { x: self.x }
    }
}

impl Clone for Point {
    fn clone(&self) -> Self {
        Point { x: 0 }
    }
}

fn main() {
    println!("{} {}", 5.describe(), Point { x: 1 }.clone().x);
}
