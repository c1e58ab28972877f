// Operator overloading: Add/Sub/Mul for a vector type, by value and by reference, plus Neg.
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: f64,
    y: f64,
}

impl V2 {
    const ZERO: V2 = V2 { x: 0.0, y: 0.0 };
    fn new(x: f64, y: f64) -> V2 {
        V2 { x, y }
    }
    fn len(self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2::new(self.x + o.x, self.y + o.y)
    }
}

impl<'a> Add<&'a V2> for &'a V2 {
    type Output = V2;
    fn add(self, o: &V2) -> V2 {
        *self + *o
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        self + -o
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2::new(-self.x, -self.y)
    }
}

impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2::new(self.x * k, self.y * k)
    }
}

impl Mul<V2> for f64 {
    type Output = V2;
    fn mul(self, v: V2) -> V2 {
        v * self
    }
}

impl Mul for V2 {
    type Output = f64;
    fn mul(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

fn sum_all(vs: &[V2]) -> V2 {
    vs.iter().fold(V2::ZERO, |acc, v| &acc + v)
}

fn main() {
    let a = V2::new(1.0, 2.0);
    let b = V2::new(3.0, -1.0);
    println!("{:?}", a + b);
    println!("{:?}", &a + &b);
    println!("{:?}", a - b);
    println!("{:?}", -a);
    println!("{:?}", a * 2.0);
    println!("{:?}", 0.5 * b);
    println!("{}", a * b);
    println!("{:.4}", (a - b).len());
    println!("{:?}", sum_all(&[a, b, V2::new(0.5, 0.5)]));
    let mut acc = V2::ZERO;
    for v in [a, b] {
        acc = acc + v * 3.0;
    }
    println!("{:?} {}", acc, acc == V2::new(12.0, 3.0));
}
