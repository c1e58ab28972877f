// An associated const and a method taking `Self` by value in a parameter (E0038).
trait Unit {
    const SCALE: f64;
    fn merge(&self, other: Self) -> f64;
}

fn total(units: &[Box<dyn Unit>]) -> usize {
    units.len()
}

fn main() {}
