// Several missing names in one `use` tree: one E0432 naming them all.
mod shapes {
    pub struct Circle { pub r: f64 }
    pub fn area(c: &Circle) -> f64 { 3.14 * c.r * c.r }
}

use shapes::{Circle, Square, Triangle, area};

fn main() {
    let c = Circle { r: 1.0 };
    println!("{}", area(&c));
}
