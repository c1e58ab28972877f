// A foreign trait implemented for every `T` (uncovered type parameter): E0210.
use std::fmt;

trait Named {
    fn name(&self) -> String;
}

impl<T: Named> fmt::Display for T {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.name())
    }
}

fn main() {}
