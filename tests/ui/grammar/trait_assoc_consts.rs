// Associated constants on traits and impls: unit conversions and limits.

trait Unit {
    const SYMBOL: &'static str;
    const TO_BASE: f64;
    const PRECISION: usize = 2;

    fn format(value: f64) -> String {
        format!("{:.*} {}", Self::PRECISION, value, Self::SYMBOL)
    }
}

struct Meter;
struct Inch;
struct Mile;

impl Unit for Meter {
    const SYMBOL: &'static str = "m";
    const TO_BASE: f64 = 1.0;
}

impl Unit for Inch {
    const SYMBOL: &'static str = "in";
    const TO_BASE: f64 = 0.0254;
    const PRECISION: usize = 1;
}

impl Unit for Mile {
    const SYMBOL: &'static str = "mi";
    const TO_BASE: f64 = 1609.344;
    const PRECISION: usize = 4;
}

fn convert<From: Unit, To: Unit>(v: f64) -> f64 {
    v * From::TO_BASE / To::TO_BASE
}

trait Bounded {
    const MIN: Self;
    const MAX: Self;
}

impl Bounded for u8 {
    const MIN: u8 = 0;
    const MAX: u8 = 255;
}

impl Bounded for i16 {
    const MIN: i16 = -32768;
    const MAX: i16 = 32767;
}

fn clamp_to<T: Bounded + PartialOrd + Copy>(v: T) -> T {
    if v < T::MIN {
        T::MIN
    } else if v > T::MAX {
        T::MAX
    } else {
        v
    }
}

struct Buffer;

impl Buffer {
    const CAPACITY: usize = 8;
    const EMPTY: [u8; Self::CAPACITY] = [0; Self::CAPACITY];
}

fn main() {
    let d = 100.0;
    println!("{} = {}", Meter::format(d), Inch::format(convert::<Meter, Inch>(d)));
    println!("{} = {}", Mile::format(1.0), Meter::format(convert::<Mile, Meter>(1.0)));
    println!("{} = {}", Inch::format(12.0), Mile::format(convert::<Inch, Mile>(12.0 * 5280.0)));
    println!("u8 range {}..={}", <u8 as Bounded>::MIN, <u8 as Bounded>::MAX);
    println!("clamp 300i16 -> {}", clamp_to(300i16));
    println!("clamp 7u8 -> {}", clamp_to(7u8));
    println!("buffer {} bytes: {:?}", Buffer::CAPACITY, Buffer::EMPTY);
    println!("inch precision {}", <Inch as Unit>::PRECISION);
}
