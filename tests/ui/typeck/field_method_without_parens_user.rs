// A user-defined getter used without parentheses: E0615.
struct Temperature {
    kelvin: f64,
}

impl Temperature {
    fn celsius(&self) -> f64 {
        self.kelvin - 273.15
    }
}

fn main() {
    let t = Temperature { kelvin: 300.0 };
    println!("{:.1}", t.celsius);
}
