use std::cmp::Ordering;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Index, IndexMut, Mul, MulAssign, Neg, Not, Rem, Sub, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct V2 {
    x: f64,
    y: f64,
}

impl V2 {
    const ZERO: V2 = V2 { x: 0.0, y: 0.0 };
    fn new(x: f64, y: f64) -> Self { V2 { x, y } }
    fn len(self) -> f64 { self.dot(self).sqrt() }
    fn dot(self, o: V2) -> f64 { self.x * o.x + self.y * o.y }
}

impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2::new(self.x + o.x, self.y + o.y) } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2::new(self.x - o.x, self.y - o.y) } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2::new(self.x * k, self.y * k) } }
impl Mul<V2> for f64 { type Output = V2; fn mul(self, v: V2) -> V2 { v * self } }
impl Div<f64> for V2 { type Output = V2; fn div(self, k: f64) -> V2 { V2::new(self.x / k, self.y / k) } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2::new(-self.x, -self.y) } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl SubAssign for V2 { fn sub_assign(&mut self, o: V2) { *self = *self - o; } }
impl MulAssign<f64> for V2 { fn mul_assign(&mut self, k: f64) { *self = *self * k; } }
impl Sum for V2 { fn sum<I: Iterator<Item = V2>>(it: I) -> V2 { it.fold(V2::ZERO, |a, b| a + b) } }
impl<'a> Sum<&'a V2> for V2 { fn sum<I: Iterator<Item = &'a V2>>(it: I) -> V2 { it.copied().sum() } }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Mod7(u8);
impl Add for Mod7 { type Output = Mod7; fn add(self, o: Mod7) -> Mod7 { Mod7((self.0 + o.0) % 7) } }
impl Mul for Mod7 { type Output = Mod7; fn mul(self, o: Mod7) -> Mod7 { Mod7((self.0 * o.0) % 7) } }
impl Rem<u8> for Mod7 { type Output = u8; fn rem(self, m: u8) -> u8 { self.0 % m } }
impl Not for Mod7 { type Output = Mod7; fn not(self) -> Mod7 { Mod7((7 - self.0) % 7) } }

struct Poly(Vec<i64>);
impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 { self.0.get(i).unwrap_or(&0) }
}
impl IndexMut<usize> for Poly {
    fn index_mut(&mut self, i: usize) -> &mut i64 {
        if i >= self.0.len() { self.0.resize(i + 1, 0); }
        &mut self.0[i]
    }
}
impl<'a> Mul for &'a Poly {
    type Output = Poly;
    fn mul(self, o: &Poly) -> Poly {
        let mut r = Poly(vec![]);
        for (i, a) in self.0.iter().enumerate() {
            for (j, b) in o.0.iter().enumerate() { r[i + j] += a * b; }
        }
        r
    }
}

fn main() {
    let a = V2::new(3.0, 4.0);
    let b = V2 { y: -1.0, ..a };
    println!("{:?} {:?} {:?}", a + b, a - b, -a);
    println!("{:?} {:?} {:?}", a * 2.0, 0.5 * a, a / 4.0);
    println!("{} {}", a.len(), a.dot(b));
    let mut c = a;
    c += b;
    c -= V2::new(1.0, 1.0);
    c *= 10.0;
    println!("{:?}", c);
    let pts = vec![a, b, c, V2::default()];
    let s1: V2 = pts.iter().sum();
    let s2: V2 = pts.into_iter().map(|p| p * 0.5).sum();
    println!("{:?} {:?}", s1, s2);
    println!("{:?} {:?}", a.partial_cmp(&b), V2::new(f64::NAN, 0.0).partial_cmp(&a));
    println!("{} {}", a < b, V2::new(1.0, 9.0) < V2::new(2.0, 0.0));
    let xs: Vec<Mod7> = (0..7).map(Mod7).collect();
    let table: Vec<String> = xs.iter().map(|&x| format!("{}", (x * Mod7(3) + Mod7(1)).0)).collect();
    println!("{}", table.join(" "));
    println!("{:?} {} {:?}", !Mod7(2), Mod7(6) % 4, xs.iter().max());
    println!("{:?}", Mod7(3).cmp(&Mod7(5)) == Ordering::Less);
    let p = Poly(vec![1, 1]);
    let sq = &p * &p;
    let cube = &sq * &p;
    println!("{:?} {:?} {} {}", sq.0, cube.0, cube[3], cube[10]);
}
