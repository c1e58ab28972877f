// Operator overloading for a 2D vector: Add, Sub, Neg, Mul (scalar and dot), AddAssign, MulAssign.
use std::fmt;
use std::ops::{Add, AddAssign, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 {
    x: f64,
    y: f64,
}

const fn v2(x: f64, y: f64) -> V2 {
    V2 { x, y }
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        v2(self.x + o.x, self.y + o.y)
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
        v2(-self.x, -self.y)
    }
}

impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        v2(self.x * k, self.y * k)
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

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl MulAssign<f64> for V2 {
    fn mul_assign(&mut self, k: f64) {
        *self = *self * k;
    }
}

impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.2}, {:.2})", self.x, self.y)
    }
}

impl std::iter::Sum for V2 {
    fn sum<I: Iterator<Item = V2>>(iter: I) -> V2 {
        iter.fold(V2::default(), |a, b| a + b)
    }
}

fn main() {
    let a = v2(1.0, 2.0);
    let b = v2(3.0, -1.0);
    println!("a+b = {}  a-b = {}  -a = {}", a + b, a - b, -a);
    println!("a*3 = {}  2*b = {}  a.b = {}", a * 3.0, 2.0 * b, a * b);
    println!("&a + &b = {}", &a + &b);

    let mut pos = V2::default();
    let mut vel = v2(4.0, 8.0);
    let gravity = v2(0.0, -3.0);
    for step in 1..=4 {
        pos += vel;
        vel += gravity;
        vel *= 0.9;
        println!("step {}: pos {} vel {}", step, pos, vel);
    }
    let centroid = [a, b, v2(-1.0, 5.0)].into_iter().sum::<V2>() * (1.0 / 3.0);
    println!("centroid {}", centroid);
    println!("a == a*1: {}", a == a * 1.0);
}
