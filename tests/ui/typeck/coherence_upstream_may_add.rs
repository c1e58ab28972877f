// A blanket impl over `T: Display` and an impl for `Vec<u8>`: std could add
// `impl Display for Vec<u8>` later, so the impls may overlap (E0119).
use std::fmt::Display;

trait Render {
    fn render(&self) -> String;
}

impl<T: Display> Render for T {
    fn render(&self) -> String {
        format!("{}", self)
    }
}

impl Render for Vec<u8> {
    fn render(&self) -> String {
        format!("{} bytes", self.len())
    }
}

fn main() {
    println!("{}", 3.render());
}
