// A blanket impl that overlaps a specific one: E0119.
use std::fmt::Display;

trait Render {
    fn render(&self) -> String;
}

impl<T: Display> Render for T {
    fn render(&self) -> String {
        format!("<{}>", self)
    }
}

impl Render for i32 {
    fn render(&self) -> String {
        format!("int {}", self)
    }
}

fn main() {
    println!("{}", 5.render());
}
