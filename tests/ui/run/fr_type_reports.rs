// Generic reporting helpers that print type names, module paths and nested impl Trait
// results; the crate name comes from the file name, as rustc's does.
use std::any::type_name;
use std::collections::HashMap;
use std::fmt::Display;

mod metrics {
    pub mod units {
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        pub struct Celsius(pub f64);
        pub fn origin() -> String {
            format!("{}::Celsius", module_path!())
        }
    }

    pub trait Metric {
        fn value(&self) -> f64;
        fn label(&self) -> String {
            format!("{}={:.1}", std::any::type_name::<Self>().rsplit("::").next().unwrap(), self.value())
        }
    }

    impl Metric for units::Celsius {
        fn value(&self) -> f64 {
            self.0
        }
    }

    impl Metric for u32 {
        fn value(&self) -> f64 {
            *self as f64
        }
    }
}

use metrics::units::Celsius;
use metrics::Metric;

struct Registry<T> {
    entries: Vec<(String, T)>,
}

impl<T: Metric + Copy> Registry<T> {
    fn describe(&self) -> String {
        format!("Registry of {} ({} entries)", type_name::<T>(), self.entries.len())
    }
    fn labels(&self) -> impl Iterator<Item = impl Display + '_> + '_ {
        self.entries.iter().map(|(n, m)| format!("{}: {}", n, m.label()))
    }
    fn mean(&self) -> f64 {
        self.entries.iter().map(|(_, m)| m.value()).sum::<f64>() / self.entries.len() as f64
    }
}

fn kind_of<T>(_: &T) -> &'static str {
    type_name::<T>()
}

fn main() {
    println!("{}", module_path!());
    println!("{}", metrics::units::origin());
    let temps = Registry { entries: vec![("mon".to_string(), Celsius(21.5)), ("tue".to_string(), Celsius(19.0))] };
    let counts = Registry { entries: vec![("a".to_string(), 3u32), ("b".to_string(), 8)] };
    println!("{}", temps.describe());
    println!("{}", counts.describe());
    for l in temps.labels() {
        println!("  {}", l);
    }
    let rendered: Vec<String> = counts.labels().map(|l| l.to_string()).collect();
    println!("  {}", rendered.join(" | "));
    println!("means {:.2} {:.2}", temps.mean(), counts.mean());
    let lookup: HashMap<&str, Celsius> = temps.entries.iter().map(|(n, c)| (n.as_str(), *c)).collect();
    println!("{}", kind_of(&lookup));
    println!("{}", kind_of(&temps.entries[0]));
    println!("{}", kind_of(&Some(Box::new([1u8, 2]))));
    println!("{}", kind_of(&|x: i32| x + 1));
    println!("{}", kind_of(&kind_of::<u8>));
    println!("{}", kind_of(&<Celsius as Metric>::value));
    println!("{}", kind_of(&"s".to_string().chars()));
    let warm = temps.entries.iter().filter(|(_, c)| *c > Celsius(20.0)).count();
    println!("warm days {}", warm);
}
