// Privacy as an invariant: fields hidden behind validating constructors.

mod temperature {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Kelvin(f64);

    impl Kelvin {
        pub fn new(v: f64) -> Option<Kelvin> {
            if v >= 0.0 { Some(Kelvin(v)) } else { None }
        }
        pub fn from_celsius(c: f64) -> Option<Kelvin> {
            Self::new(c + 273.15)
        }
        pub fn value(self) -> f64 {
            self.0
        }
    }

    pub struct Sensor {
        name: String,
        readings: Vec<Kelvin>,
        pub max_readings: usize,
    }

    impl Sensor {
        pub fn new(name: &str) -> Self {
            Sensor { name: name.into(), readings: Vec::new(), max_readings: 3 }
        }

        pub fn record(&mut self, k: Kelvin) {
            if self.readings.len() == self.max_readings {
                self.readings.remove(0);
            }
            self.readings.push(k);
        }

        pub fn summary(&self) -> String {
            let avg = self.readings.iter().map(|k| k.0).sum::<f64>() / self.readings.len() as f64;
            format!("{}: {} readings, avg {:.2} K", self.name, self.readings.len(), avg)
        }

        pub fn hottest(&self) -> Option<Kelvin> {
            self.readings.iter().copied().fold(None, |best, k| match best {
                Some(b) if b >= k => Some(b),
                _ => Some(k),
            })
        }
    }
}

use temperature::{Kelvin, Sensor};

fn main() {
    let mut s = Sensor::new("roof");
    s.max_readings = 4;
    for c in [12.5, -300.0, 18.0, 21.5, 9.0, 25.25] {
        match Kelvin::from_celsius(c) {
            Some(k) => {
                s.record(k);
                println!("recorded {:.2} K", k.value());
            }
            None => println!("rejected {} C (below absolute zero)", c),
        }
    }
    println!("{}", s.summary());
    println!("hottest {:?}", s.hottest());
    println!("{:?}", Kelvin::new(-1.0));
}
