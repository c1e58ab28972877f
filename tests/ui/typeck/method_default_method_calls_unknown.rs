// A trait's default method calling a method the trait does not declare: E0599.
trait Sensor {
    fn read(&self) -> f64;

    fn read_twice_avg(&self) -> f64 {
        (self.read() + self.read_again()) / 2.0
    }
}

struct Thermo(f64);

impl Sensor for Thermo {
    fn read(&self) -> f64 {
        self.0
    }
}

fn main() {
    println!("{}", Thermo(20.0).read_twice_avg());
}
