//! Oracle for `ferric.rt.float.float_digits` and `parse_float`: rustc's own formatting and
//! parsing of f32/f64. Regenerate with
//!     rustc -O -o /tmp/gen_float gen_float.rs && /tmp/gen_float > float_fmt.txt
//! Lines (space-separated; floats as `to_bits` in hex, inputs as in `show`):
//!     short64 BITS DISPLAY DEBUG LOWEREXP          (also short32)
//!     exact64 BITS PREC {:.PREC} {:.PREC e}        (also exact32)
//!     parse64 INPUT BITS|err                       (also parse32; see `show`)
use std::fmt::Write;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `s` itself when it is plain ASCII letters, digits, `.`, `+` and `-`; else `x:` and hex.
fn show(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) {
        return s.to_string();
    }
    let mut out = String::from("x:");
    for b in s.bytes() {
        write!(out, "{:02x}", b).unwrap();
    }
    out
}

fn special64() -> Vec<f64> {
    let mut v = vec![
        0.0, 1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 3.5, 0.25, 0.125, 0.375, 2.675, 1e21, 1e22, 1e23,
        1e-7, 1e-5, 1e-4, 9.999e-5, 1e15, 1e16, 1e17, 123456789.0, 5e-324, 1e-323, f64::MAX,
        f64::MIN_POSITIVE, f64::EPSILON, 1e300 * 10.0, 1e308, 2.2250738585072009e-308,
        std::f64::consts::PI, std::f64::consts::E, 1.0 / 3.0, 2.0 / 3.0, 9007199254740993.0,
        4503599627370497.0, 0.1 + 0.2, 100.0, 1e100, 123.456, 0.000123, 299792458.0,
    ];
    // values exactly between two shortest candidates, where flt2dec rounds up
    for e in [44, 45, 46, 47, 48, 49, 50, 51] {
        for frac in [0.125, 0.25, 0.375, 0.625, 0.75, 0.875, 1.25, 3.75] {
            v.push(2f64.powi(e) + frac);
        }
    }
    for i in 0..=22 {
        v.push(10f64.powi(i));
        v.push(10f64.powi(-i));
    }
    v
}

fn special32() -> Vec<f32> {
    let mut v = vec![
        0.0, 1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 0.125, 1e21, 1e-7, 1e-5, 1e-4, 1e15, 1e16,
        1e17, 16777216.0, 16777217.0, f32::MAX, f32::MIN_POSITIVE, f32::EPSILON, 1.4e-45,
        2.8e-45, 1e38, 3.4e38, 1.1754942e-38, std::f32::consts::PI, std::f32::consts::E,
        1.0 / 3.0, 0.1 + 0.2, 123.456, 7.0e-45, 8388608.5, 33554432.0,
    ];
    for e in [17, 18, 19, 20, 21, 22] {
        for frac in [0.125, 0.25, 0.375, 0.625, 0.75, 1.25, 3.75] {
            v.push(2f32.powi(e) + frac);
        }
    }
    for i in 0..=20 {
        v.push(10f32.powi(i));
        v.push(10f32.powi(-i));
    }
    v
}

fn short_lines64(x: f64) {
    println!("short64 {:x} {} {:?} {:e}", x.to_bits(), x, x, x);
}

fn short_lines32(x: f32) {
    println!("short32 {:x} {} {:?} {:e}", x.to_bits(), x, x, x);
}

fn exact_lines64(x: f64, p: usize) {
    println!("exact64 {:x} {} {:.*} {:.*e}", x.to_bits(), p, p, x, p, x);
}

fn exact_lines32(x: f32, p: usize) {
    println!("exact32 {:x} {} {:.*} {:.*e}", x.to_bits(), p, p, x, p, x);
}

fn parse_line(s: &str) {
    match s.parse::<f64>() {
        Ok(v) => println!("parse64 {} {:x}", show(s), v.to_bits()),
        Err(_) => println!("parse64 {} err", show(s)),
    }
    match s.parse::<f32>() {
        Ok(v) => println!("parse32 {} {:x}", show(s), v.to_bits()),
        Err(_) => println!("parse32 {} err", show(s)),
    }
}

fn main() {
    let mut rng = Rng(0x9E3779B97F4A7C15);

    // shortest digits
    for x in special64() {
        short_lines64(x);
    }
    for x in special32() {
        short_lines32(x);
    }
    for _ in 0..1000 {
        let x = f64::from_bits(rng.next() >> 1); // positive
        if x.is_finite() {
            short_lines64(x);
        }
        let y = f32::from_bits((rng.next() >> 33) as u32);
        if y.is_finite() {
            short_lines32(y);
        }
    }
    for _ in 0..500 {
        // short decimals and dyadic fractions with few places
        let d = (rng.below(1_000_000) as f64) / 10f64.powi(rng.below(8) as i32);
        short_lines64(d);
        short_lines32(d as f32);
        let q = ((rng.next() >> (11 + rng.below(40))) | 1) as f64 / 2f64.powi(rng.below(30) as i32 + 1);
        short_lines64(q);
        short_lines32(q as f32);
    }

    // exact digits
    for x in special64() {
        if x < 1e30 {
            for p in [0, 1, 2, 3, 5, 17, 30] {
                exact_lines64(x, p);
            }
        }
    }
    for x in special32() {
        if x < 1e30 {
            for p in [0, 1, 2, 3, 9, 20] {
                exact_lines32(x, p);
            }
        }
    }
    for _ in 0..400 {
        let p = rng.below(12) as usize;
        let x = f64::from_bits(rng.next() >> 1);
        if x.is_finite() && x < 1e40 {
            exact_lines64(x, p);
        }
        let d = (rng.below(100_000) as f64) / 10f64.powi(rng.below(7) as i32);
        exact_lines64(d, p);
        let y = f32::from_bits((rng.next() >> 33) as u32);
        if y.is_finite() {
            exact_lines32(y, p);
        }
        exact_lines32(d as f32, p);
    }
    exact_lines64(1e300, 2);
    exact_lines64(5e-324, 3);
    exact_lines64(5e-324, 1100);
    exact_lines32(f32::MAX, 1);

    // parsing: the grammar
    for s in [
        "", "+", "-", ".", "e5", "1e", "1e+", "1e-", "+.5", "-5.", "5.", ".5", "5.e3", ".e3",
        "1.5E+3", "00001", "0", "-0", "+0.0", "1_0", " 1", "1 ", "0x10", "1e500", "1e-500",
        "inf", "INF", "inF", "+inf", "-inf", "infinity", "-Infinity", "infinit", "infinityx",
        "nan", "NaN", "-nan", "+nan", "nan1", "١", "1e0000000000000000000000000005",
        "1e99999999999999999999999", "1e-99999999999999999999999", "0e99999999999999999999999",
        "1.", "1..2", "1e1.5", "--1", "+-1", "1e+-1", "e", "E1", "1E1", "1d5", "0.0000000000000000000000000000000000000000000014",
        "340282356779733661637539395458142568447", "340282356779733661637539395458142568448",
        "3.4028235e38", "3.4028236e38", "1.7976931348623157e308", "1.7976931348623159e308",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "7.006492321624085e-46",
        "7.006492321624086e-46", "4.9e-324", "0.1", "0.3", "16777217", "9007199254740993",
        "123456789012345678901234567890", "1.00000005960464477539062499", "1.000000059604644775390625",
        "1.00000005960464477539062501", "1.00000017881393432617187499", "1.000000178813934326171875",
    ] {
        parse_line(s);
    }
    // parsing: near-halfway f32 and f64 inputs and random decimals
    for _ in 0..400 {
        let a = f32::from_bits((rng.next() >> 34) as u32 + 1);
        let b = f32::from_bits(a.to_bits() + 1);
        let mid = (a as f64 + b as f64) / 2.0; // exact
        let exact = format!("{:.120e}", mid);
        let (mant, exp) = exact.split_once('e').unwrap();
        let mant = mant.trim_end_matches('0');
        parse_line(&format!("{}e{}", mant, exp));
        parse_line(&format!("{}1e{}", mant, exp));
        let cut = &mant[..mant.len().min(30)];
        parse_line(&format!("{}e{}", cut, exp));
        let x = f64::from_bits(rng.next() >> 2);
        parse_line(&format!("{:e}", x));
        parse_line(&format!("{:.25e}", x));
        let digits = rng.next() % 1_000_000_007;
        let e = rng.below(100) as i64 - 50;
        parse_line(&format!("{}e{}", digits, e));
        parse_line(&format!("{}.{}", digits, rng.next() % 1000));
    }
}
