use std::cmp::Ordering;
use std::ops::{Add, AddAssign, Div, Index, Mul, MulAssign, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct V2 {
    x: f64,
    y: f64,
}

impl V2 {
    const ZERO: V2 = V2 { x: 0.0, y: 0.0 };
    const fn new(x: f64, y: f64) -> Self {
        V2 { x, y }
    }
    fn dot(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
    fn cross(self, o: V2) -> f64 {
        self.x * o.y - self.y * o.x
    }
    fn len(self) -> f64 {
        self.dot(self).sqrt()
    }
    fn normalized(self) -> Option<V2> {
        let l = self.len();
        if l == 0.0 { None } else { Some(self / l) }
    }
}

impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2::new(self.x + o.x, self.y + o.y) } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2::new(self.x - o.x, self.y - o.y) } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2::new(self.x * k, self.y * k) } }
impl Mul<V2> for f64 { type Output = V2; fn mul(self, v: V2) -> V2 { v * self } }
impl Div<f64> for V2 { type Output = V2; fn div(self, k: f64) -> V2 { V2::new(self.x / k, self.y / k) } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2::new(-self.x, -self.y) } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl MulAssign<f64> for V2 { fn mul_assign(&mut self, k: f64) { self.x *= k; self.y *= k; } }
impl<'a> Add<&'a V2> for &'a V2 { type Output = V2; fn add(self, o: &V2) -> V2 { *self + *o } }
impl std::iter::Sum for V2 {
    fn sum<I: Iterator<Item = V2>>(it: I) -> V2 { it.fold(V2::ZERO, |a, b| a + b) }
}
impl<'a> std::iter::Sum<&'a V2> for V2 {
    fn sum<I: Iterator<Item = &'a V2>>(it: I) -> V2 { it.copied().sum() }
}

struct Polygon {
    pts: Vec<V2>,
}

impl Index<usize> for Polygon {
    type Output = V2;
    fn index(&self, i: usize) -> &V2 { &self.pts[i % self.pts.len()] }
}

impl Polygon {
    fn area(&self) -> f64 {
        (0..self.pts.len()).map(|i| self[i].cross(self[i + 1])).sum::<f64>().abs() / 2.0
    }
    fn perimeter(&self) -> f64 {
        (0..self.pts.len()).map(|i| (self[i + 1] - self[i]).len()).sum()
    }
    fn centroid(&self) -> V2 {
        self.pts.iter().sum::<V2>() / self.pts.len() as f64
    }
}

fn convex_hull(mut pts: Vec<V2>) -> Vec<V2> {
    pts.sort_by(|a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let mut lower: Vec<V2> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && (lower[lower.len() - 1] - lower[lower.len() - 2]).cross(p - lower[lower.len() - 2]) <= 0.0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<V2> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && (upper[upper.len() - 1] - upper[upper.len() - 2]).cross(p - upper[upper.len() - 2]) <= 0.0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Frac { n: i64, d: i64 }

impl Frac {
    fn new(n: i64, d: i64) -> Frac {
        fn gcd(a: i64, b: i64) -> i64 { if b == 0 { a.abs() } else { gcd(b, a % b) } }
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Frac { n: s * n / g, d: s * d / g }
    }
}
impl Add for Frac { type Output = Frac; fn add(self, o: Frac) -> Frac { Frac::new(self.n * o.d + o.n * self.d, self.d * o.d) } }
impl Mul for Frac { type Output = Frac; fn mul(self, o: Frac) -> Frac { Frac::new(self.n * o.n, self.d * o.d) } }
impl std::fmt::Display for Frac {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        if self.d == 1 { write!(f, "{}", self.n) } else { write!(f, "{}/{}", self.n, self.d) }
    }
}

fn main() {
    let a = V2::new(3.0, 4.0);
    let b = V2 { x: -1.0, ..Default::default() };
    println!("{:?} {:?} {:?}", a + b, a - b, -a);
    println!("{:?} {:?} {:?}", a * 2.0, 0.5 * a, a / 4.0);
    println!("dot={} cross={} len={} norm={:?}", a.dot(b), a.cross(b), a.len(), a.normalized());
    println!("{:?}", V2::ZERO.normalized());
    let mut c = a;
    c += b;
    c *= 3.0;
    println!("{:?} {:?} {}", c, &a + &b, a < b);
    let sq = Polygon { pts: vec![V2::new(0.0, 0.0), V2::new(4.0, 0.0), V2::new(4.0, 3.0), V2::new(0.0, 3.0)] };
    println!("area={} perim={} centroid={:?} wrap={:?}", sq.area(), sq.perimeter(), sq.centroid(), sq[5]);
    let pts: Vec<V2> = [(0, 0), (2, 1), (4, 0), (3, 2), (4, 4), (1, 2), (0, 4), (2, 2), (0, 0)].iter().map(|&(x, y)| V2::new(x as f64, y as f64)).collect();
    let hull = convex_hull(pts);
    println!("hull {:?}", hull.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>());
    println!("hull area {}", Polygon { pts: hull }.area());
    let h = (1..=6).map(|k| Frac::new(1, k)).fold(Frac::new(0, 1), |a, b| a + b);
    println!("H6 = {}", h);
    let p = Frac::new(2, -4) * Frac::new(-3, 9);
    println!("{} {:?}", p, p);
    let mut fr = vec![Frac::new(1, 2), Frac::new(1, 3), Frac::new(2, 4), Frac::new(-1, 5)];
    fr.sort();
    fr.dedup();
    println!("{}", fr.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(", "));
    let total: V2 = vec![a, b, c].into_iter().sum();
    println!("{:?}", total);
    println!("{:.3}", (a - b).len());
    println!("{:?}", a.partial_cmp(&V2::new(3.0, f64::NAN)));
}
