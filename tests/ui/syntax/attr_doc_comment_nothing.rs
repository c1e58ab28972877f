struct Meter(f64);

impl Meter {
    fn value(&self) -> f64 {
        self.0
    }
    /// Returns the value in feet.
}

fn main() {
    println!("{}", Meter(1.0).value());
}
