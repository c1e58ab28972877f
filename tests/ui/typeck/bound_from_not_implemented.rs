// Calling `.into()` toward a type with no matching `From` impl: E0277.
struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

fn main() {
    let boiling = Fahrenheit(212.0);
    let c: Celsius = boiling.into();
    println!("{}", c.0);
}
