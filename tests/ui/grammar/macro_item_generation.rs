// Macros that generate items: newtypes with trait impls, and enum <-> string tables.
use std::fmt;

macro_rules! newtype {
    ($(#[$attr:meta])* $name:ident($inner:ty), unit = $unit:literal) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        struct $name($inner);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "{}{}", self.0, $unit)
            }
        }

        impl std::ops::Add for $name {
            type Output = $name;
            fn add(self, o: $name) -> $name { $name(self.0 + o.0) }
        }
    };
}

macro_rules! string_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name { $($variant),+ }

        impl $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];

            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

macro_rules! impl_area {
    ($($t:ident => |$s:ident| $body:expr;)*) => {
        $(impl Area for $t { fn area(&self) -> f64 { let $s = self; $body } })*
    };
}

newtype!(
    /// Distance in kilometres.
    Km(f64), unit = "km"
);
newtype!(Grams(u32), unit = "g");

string_enum!(Method { Get => "GET", Post => "POST", Delete => "DELETE" });

trait Area {
    fn area(&self) -> f64;
}
struct Sq(f64);
struct Circ(f64);
impl_area! {
    Sq => |s| s.0 * s.0;
    Circ => |c| 3.14 * c.0 * c.0;
}

fn main() {
    let trip = Km(12.5) + Km(7.25);
    println!("trip {} longer than 15km: {}", trip, trip > Km(15.0));
    let flour = Grams(250) + Grams(125);
    println!("flour {} ({:?})", flour, flour);

    for m in Method::ALL {
        println!("{:?} <-> {}", m, m.as_str());
    }
    for s in ["POST", "PATCH"] {
        println!("parse {} -> {:?}", s, Method::parse(s));
    }
    let shapes: [&dyn Area; 2] = [&Sq(3.0), &Circ(1.0)];
    for s in shapes {
        println!("area {:.2}", s.area());
    }
}
