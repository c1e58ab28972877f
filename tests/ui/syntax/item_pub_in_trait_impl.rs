use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    pub fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} m", self.0)
    }
}

fn main() {
    println!("{}", Meters(2.5));
}
