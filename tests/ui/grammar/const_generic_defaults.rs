// Const generic parameters with defaults: a small-string type and fixed-point numbers.
use std::fmt;

#[derive(Clone, Copy)]
struct SmallStr<const CAP: usize = 8> {
    bytes: [u8; CAP],
    len: usize,
}

impl<const CAP: usize> SmallStr<CAP> {
    fn new(s: &str) -> Option<Self> {
        if s.len() > CAP {
            return None;
        }
        let mut bytes = [0u8; CAP];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        Some(SmallStr { bytes, len: s.len() })
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap()
    }

    fn remaining(&self) -> usize {
        CAP - self.len
    }
}

impl<const CAP: usize> fmt::Debug for SmallStr<CAP> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "SmallStr<{}>({:?})", CAP, self.as_str())
    }
}

#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Fixed<const FRAC: u32 = 8>(i64);

impl<const FRAC: u32> Fixed<FRAC> {
    const ONE: i64 = 1 << FRAC;

    fn from_f64(v: f64) -> Self {
        Fixed((v * Self::ONE as f64).round() as i64)
    }

    fn mul(self, o: Self) -> Self {
        Fixed((self.0 * o.0) >> FRAC)
    }

    fn to_f64(self) -> f64 {
        self.0 as f64 / Self::ONE as f64
    }
}

impl<const FRAC: u32> fmt::Display for Fixed<FRAC> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} (raw {} / 2^{})", self.to_f64(), self.0, FRAC)
    }
}

fn main() {
    let a: SmallStr = SmallStr::new("ferric").unwrap();
    println!("{:?} remaining {}", a, a.remaining());
    let b = SmallStr::<3>::new("abc").unwrap();
    println!("{:?} remaining {}", b, b.remaining());
    let too_long: Option<SmallStr> = SmallStr::new("overflowing");
    println!("{:?}", too_long);
    let wide = SmallStr::<16>::new("overflowing").unwrap();
    println!("{:?} len {}", wide, wide.as_str().len());

    let x: Fixed = Fixed::from_f64(1.5);
    let y: Fixed = Fixed::from_f64(2.25);
    println!("{}", x.mul(y));
    let p = Fixed::<16>::from_f64(0.1);
    println!("{}", p.mul(p));
    println!("x < y: {}", x < y);
    println!("ONE = {} and {}", Fixed::<8>::ONE, Fixed::<4>::ONE);
}
