// A missing `;` between two expression statements: the first becomes an error
// expression, so no mismatched-types error follows (as rustc recovers).
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)?
        Ok(())
    }
}

fn main() {
    println!("{}", Point { x: 1, y: 2 });
}
