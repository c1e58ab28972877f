use std::fmt;
use std::ops::{Add, Mul};

#[derive(Clone, Debug, PartialEq, Eq)]
struct BigUint {
    limbs: Vec<u32>, // base 1e9, little endian
}

const BASE: u64 = 1_000_000_000;

impl BigUint {
    fn from_u64(mut n: u64) -> Self {
        let mut limbs = vec![];
        while n > 0 {
            limbs.push((n % BASE) as u32);
            n /= BASE;
        }
        if limbs.is_empty() {
            limbs.push(0);
        }
        BigUint { limbs }
    }
    fn mul_small(&self, k: u32) -> BigUint {
        let mut carry = 0u64;
        let mut limbs = Vec::with_capacity(self.limbs.len() + 1);
        for &l in &self.limbs {
            let v = l as u64 * k as u64 + carry;
            limbs.push((v % BASE) as u32);
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push((carry % BASE) as u32);
            carry /= BASE;
        }
        BigUint { limbs }
    }
    fn digit_sum(&self) -> u32 {
        self.to_string().bytes().map(|b| (b - b'0') as u32).sum()
    }
}

impl Add for &BigUint {
    type Output = BigUint;
    fn add(self, o: &BigUint) -> BigUint {
        let n = self.limbs.len().max(o.limbs.len());
        let mut carry = 0u64;
        let mut limbs = Vec::with_capacity(n + 1);
        for i in 0..n {
            let v = *self.limbs.get(i).unwrap_or(&0) as u64 + *o.limbs.get(i).unwrap_or(&0) as u64 + carry;
            limbs.push((v % BASE) as u32);
            carry = v / BASE;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
        BigUint { limbs }
    }
}

impl Mul for &BigUint {
    type Output = BigUint;
    fn mul(self, o: &BigUint) -> BigUint {
        let mut acc = vec![0u64; self.limbs.len() + o.limbs.len() + 1];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.limbs.iter().enumerate() {
                let cur = acc[i + j] + a as u64 * b as u64 + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            let mut k = i + o.limbs.len();
            while carry > 0 {
                let cur = acc[k] + carry;
                acc[k] = cur % BASE;
                carry = cur / BASE;
                k += 1;
            }
        }
        while acc.len() > 1 && *acc.last().unwrap() == 0 {
            acc.pop();
        }
        BigUint { limbs: acc.into_iter().map(|x| x as u32).collect() }
    }
}

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = self.limbs.last().unwrap().to_string();
        for l in self.limbs.iter().rev().skip(1) {
            s += &format!("{:09}", l);
        }
        f.pad_integral(true, "", &s)
    }
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for &(v, s) in TABLE.iter() {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

fn from_roman(s: &str) -> Option<u32> {
    let val = |c| match c { 'I' => Some(1), 'V' => Some(5), 'X' => Some(10), 'L' => Some(50), 'C' => Some(100), 'D' => Some(500), 'M' => Some(1000), _ => None };
    let vals: Vec<u32> = s.chars().map(val).collect::<Option<_>>()?;
    Some(vals.iter().enumerate().map(|(i, &v)| if vals.get(i + 1).map_or(false, |&n| n > v) { -(v as i64) } else { v as i64 }).sum::<i64>() as u32)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn day_of_week(y: i32, m: u32, d: u32) -> &'static str {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + t[(m - 1) as usize] + d as i32).rem_euclid(7);
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][w as usize]
}

fn days_between(a: (i32, u32, u32), b: (i32, u32, u32)) -> i64 {
    fn days(y: i32, m: u32, d: u32) -> i64 {
        let (y, m) = if m <= 2 { (y as i64 - 1, m as i64 + 12) } else { (y as i64, m as i64) };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d as i64
    }
    days(b.0, b.1, b.2) - days(a.0, a.1, a.2)
}

fn main() {
    let mut f = BigUint::from_u64(1);
    for k in 1..=50u32 {
        f = f.mul_small(k);
    }
    println!("50! = {}", f);
    println!("digit sum {}", f.digit_sum());
    let two = BigUint::from_u64(2);
    let mut p = BigUint::from_u64(1);
    for _ in 0..128 {
        p = &p * &two;
    }
    println!("2^128 = {}", p);
    println!("check {}", p.to_string() == (u128::MAX).to_string().replace("455", "456"));
    let (mut a, mut b) = (BigUint::from_u64(0), BigUint::from_u64(1));
    let mut idx = 1;
    while b.to_string().len() < 50 {
        let c = &a + &b;
        a = b;
        b = c;
        idx += 1;
    }
    println!("first fib with 50 digits: F({}) = {}", idx, b);
    println!("[{:>12}] [{:<12}] [{:+}]", BigUint::from_u64(12345), BigUint::from_u64(0), BigUint::from_u64(7));
    for n in [1994, 2024, 3999, 4, 14] {
        let r = to_roman(n);
        println!("{} -> {} -> {:?}", n, r, from_roman(&r));
    }
    println!("{:?}", from_roman("MCMZ"));
    for y in [1900, 2000, 2023, 2024] {
        println!("{} leap={}", y, is_leap(y));
    }
    for (y, m, d) in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1776, 7, 4)] {
        println!("{:04}-{:02}-{:02} was a {}", y, m, d, day_of_week(y, m, d));
    }
    println!("days {}", days_between((2000, 1, 1), (2024, 12, 25)));
    println!("days {}", days_between((2024, 3, 1), (2024, 2, 1)));
}
