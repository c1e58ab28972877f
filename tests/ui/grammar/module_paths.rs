// Paths through a module tree using self::, super::, and crate::.

const APP: &str = "geometry";

mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Square(pub f64);

        pub fn area(s: &Square) -> f64 {
            self::helpers::sq(s.0)
        }

        pub fn scaled_area(s: &Square, k: f64) -> f64 {
            super::scale::apply(area(s), k * k)
        }

        mod helpers {
            pub fn sq(x: f64) -> f64 {
                x * x
            }
        }

        pub mod report {
            pub fn line(s: &super::Square) -> String {
                format!(
                    "[{}] {:?}: area {} (units: {})",
                    crate::APP,
                    s,
                    super::area(s),
                    super::super::UNITS
                )
            }
        }
    }

    pub mod scale {
        pub fn apply(v: f64, k: f64) -> f64 {
            v * k
        }

        pub fn double(v: f64) -> f64 {
            self::apply(v, 2.0)
        }
    }

    pub const UNITS: &str = "cm";

    pub fn total(squares: &[shapes::Square]) -> f64 {
        squares.iter().map(self::shapes::area).sum()
    }
}

mod app {
    pub fn run() {
        use crate::geometry::shapes::{self, Square};
        let squares = vec![Square(1.0), Square(2.5), Square(3.0)];
        for s in &squares {
            println!("{}", shapes::report::line(s));
        }
        println!("total {}", crate::geometry::total(&squares));
        println!("scaled {}", shapes::scaled_area(&squares[1], 2.0));
        println!("doubled {}", super::geometry::scale::double(10.0));
    }
}

fn main() {
    app::run();
    println!("units {}", geometry::UNITS);
    println!("{}", ::std::cmp::max(3, 9));
    println!("{}", crate::geometry::shapes::area(&geometry::shapes::Square(4.0)));
}
