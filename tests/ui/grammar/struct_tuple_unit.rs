// Tuple structs as newtypes and unit structs as type-level markers.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Celsius(i32);

#[derive(Debug)]
struct Empty;

#[derive(Debug, Clone, Copy)]
struct Metric;
#[derive(Debug, Clone, Copy)]
struct Imperial;

trait System {
    const NAME: &'static str;
    fn show(m: Meters) -> String;
}

impl System for Metric {
    const NAME: &'static str = "metric";
    fn show(m: Meters) -> String {
        format!("{:.1} m", m.0)
    }
}

impl System for Imperial {
    const NAME: &'static str = "imperial";
    fn show(m: Meters) -> String {
        format!("{:.1} ft", m.0 * 3.28084)
    }
}

fn report<S: System>(_sys: S, d: Meters) {
    println!("[{}] {}", S::NAME, S::show(d));
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Rgb(r, g, b) = *self;
        write!(f, "#{:02x}{:02x}{:02x}", r, g, b)
    }
}

impl Rgb {
    fn blend(self, other: Rgb) -> Rgb {
        Rgb(
            ((self.0 as u16 + other.0 as u16) / 2) as u8,
            ((self.1 as u16 + other.1 as u16) / 2) as u8,
            ((self.2 as u16 + other.2 as u16) / 2) as u8,
        )
    }
}

fn main() {
    let a = Meters(12.5);
    let b = Meters(7.25);
    println!("a > b: {}", a > b);
    let Meters(total) = Meters(a.0 + b.0);
    println!("total = {}", total);
    report(Metric, a);
    report(Imperial, a);

    let red = Rgb(255, 0, 0);
    let blue = Rgb(0, 0, 255);
    println!("{} + {} = {}", red, blue, red.blend(blue));
    println!("{:?}", red.blend(Rgb(255, 255, 255)));

    let temps = [Celsius(21), Celsius(-4), Celsius(21)];
    println!("first == last: {}", temps[0] == temps[2]);
    let coldest = temps.iter().map(|c| c.0).min().unwrap();
    println!("coldest: {}", coldest);

    let e = Empty;
    println!("{:?} takes {} bytes", e, std::mem::size_of::<Empty>());
    let make: fn(f64) -> Meters = Meters;
    println!("{:?}", make(3.0));
}
