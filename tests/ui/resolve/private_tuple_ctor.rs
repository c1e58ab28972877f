// A tuple struct whose field is private cannot be constructed outside its module.
mod units {
    pub struct Meters(f64);
    pub fn new(v: f64) -> Meters {
        Meters(v)
    }
}

fn main() {
    let m = units::Meters(3.0);
    let n = units::new(1.0);
}
