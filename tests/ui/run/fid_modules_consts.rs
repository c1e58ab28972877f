mod geometry {
    pub const ORIGIN: Point = Point::new(0, 0);
    pub static UNIT: [Point; 2] = [Point::new(1, 0), Point::new(0, 1)];

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl Point {
        pub const fn new(x: i32, y: i32) -> Point {
            Point { x, y }
        }
        pub const fn manhattan(self) -> i32 {
            abs(self.x) + abs(self.y)
        }
    }

    const fn abs(v: i32) -> i32 {
        if v < 0 { -v } else { v }
    }

    pub mod shapes {
        use super::Point;

        #[derive(Debug)]
        pub struct Polygon {
            pts: Vec<Point>,
            pub(crate) label: &'static str,
        }

        impl Polygon {
            pub fn new(label: &'static str, pts: &[Point]) -> Self {
                Polygon { pts: pts.to_vec(), label }
            }
            pub fn area2(&self) -> i32 {
                let n = self.pts.len();
                (0..n)
                    .map(|i| {
                        let (a, b) = (self.pts[i], self.pts[(i + 1) % n]);
                        a.x * b.y - b.x * a.y
                    })
                    .sum::<i32>()
                    .abs()
            }
            pub fn bbox(&self) -> (Point, Point) {
                let min = self.pts.iter().fold(self.pts[0], |m, p| Point::new(m.x.min(p.x), m.y.min(p.y)));
                let max = self.pts.iter().fold(self.pts[0], |m, p| Point::new(m.x.max(p.x), m.y.max(p.y)));
                (min, max)
            }
        }
    }
}

mod counter {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    pub fn tick() -> usize {
        CALLS.fetch_add(1, Ordering::SeqCst) + 1
    }
}

use geometry::shapes::Polygon;
use geometry::{Point, ORIGIN};

const LIMITS: [u32; 4] = [10, 100, 1_000, 10_000];
const FACT10: u64 = fact(10);
const fn fact(n: u64) -> u64 {
    let mut acc = 1;
    let mut i = 2;
    while i <= n {
        acc *= i;
        i += 1;
    }
    acc
}
static GREETING: &str = "hi";
static mut COUNTER: u32 = 0;

struct Config;
impl Config {
    const MAX: usize = 3;
    const NAME: &'static str = "cfg";
}

fn main() {
    println!("{:?} {}", ORIGIN, ORIGIN.manhattan());
    println!("{:?}", geometry::UNIT);
    const P: Point = Point::new(-3, 4);
    println!("{}", P.manhattan());
    let sq = Polygon::new("square", &[Point::new(0, 0), Point::new(4, 0), Point::new(4, 4), Point::new(0, 4)]);
    let tri = Polygon::new("tri", &[Point::new(0, 0), Point::new(5, 1), Point::new(2, 7)]);
    for p in [&sq, &tri] {
        println!("{} area2={} bbox={:?}", p.label, p.area2(), p.bbox());
    }
    println!("{} {}", counter::tick(), counter::tick());
    println!("{:?} {} {}", LIMITS.iter().rev().collect::<Vec<_>>(), FACT10, GREETING);
    unsafe {
        COUNTER += 2;
        COUNTER *= 21;
        let c = COUNTER;
        println!("counter {}", c);
    }
    println!("{} {}", Config::MAX, Config::NAME);
    let x = 5;
    let x = {
        let y = x * 2;
        let x = y + 1;
        x * x
    };
    let x = if x > 100 { "big" } else { "small" };
    println!("{}", x);
    let label = loop {
        let t = counter::tick();
        if t >= Config::MAX + 1 {
            break format!("stopped at {}", t);
        }
    };
    println!("{}", label);
    let mut pts = vec![Point::new(2, 1), Point::new(1, 5), Point::new(1, 2)];
    pts.sort();
    println!("{:?}", pts);
}
