// A library-style facade: private implementation modules re-exported with pub use.

mod shapes {
    mod circle {
        #[derive(Debug)]
        pub struct Circle {
            pub r: f64,
        }
        impl Circle {
            pub fn area(&self) -> f64 {
                3.0 * self.r * self.r
            }
        }
    }

    mod polygon {
        #[derive(Debug)]
        pub struct Polygon {
            pub sides: u32,
        }
        impl Polygon {
            pub fn angle_sum(&self) -> u32 {
                (self.sides - 2) * 180
            }
        }
        pub fn triangle() -> Polygon {
            Polygon { sides: 3 }
        }
    }

    pub use self::circle::Circle;
    pub use self::polygon::{triangle, Polygon as Poly};

    pub mod prelude {
        pub use super::{Circle, Poly};
        pub use crate::util::Describe;
    }
}

mod util {
    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl Describe for crate::shapes::Circle {
        fn describe(&self) -> String {
            format!("circle r={} area~{}", self.r, self.area())
        }
    }

    impl Describe for crate::shapes::Poly {
        fn describe(&self) -> String {
            format!("{}-gon angles {}", self.sides, self.angle_sum())
        }
    }
}

pub use shapes::triangle as make_triangle;

use shapes::prelude::*;

fn main() {
    let c = Circle { r: 2.0 };
    let p = Poly { sides: 6 };
    let t = make_triangle();
    let things: Vec<&dyn Describe> = vec![&c, &p, &t];
    for d in things {
        println!("{}", d.describe());
    }
    let same: shapes::Poly = shapes::triangle();
    println!("{:?}", same);
}
