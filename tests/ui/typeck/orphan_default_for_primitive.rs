// A foreign trait for a primitive type (E0117).
#[derive(Debug)]
struct Celsius(f64);

impl Default for f64 {
    fn default() -> Self {
        0.0
    }
}

fn main() {
    println!("{:?}", Celsius(1.0));
}
