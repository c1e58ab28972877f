//! Oracle for `ferric.rt.float`'s math functions: what rustc's std returns at run time
//! (inputs pass through `black_box`, so nothing is constant-folded). Regenerate with
//!     rustc -o /tmp/gen_math gen_math.rs && /tmp/gen_math > float_math.txt
//! Lines (space-separated, floats as `to_bits` in hex):
//!     f64 NAME X Y Z RESULT     (also f32; unused arguments are 0; for `powi`, Y is the
//!                                exponent as a decimal i32)
use std::hint::black_box;

unsafe extern "C" {
    fn tgamma(x: f64) -> f64;
    fn tgammaf(x: f32) -> f32;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
    fn lgammaf_r(x: f32, sign: *mut i32) -> f32;
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    /// uniform in [lo, hi)
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }
    /// random sign, magnitude 10^[lo, hi)
    fn wide(&mut self, lo: f64, hi: f64) -> f64 {
        let m = 10f64.powf(self.uniform(lo, hi));
        if self.next() & 1 == 0 { m } else { -m }
    }
}

const SPECIAL: [f64; 48] = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 10.0, -10.0, 100.0, 0.1, 1e-10,
    -1e-10, 1e10, 1e300, -1e300, 5e-324, -5e-324, 709.78, 710.0, -745.0, -746.0, 88.7, 89.0,
    -103.0, -104.0, 1e-40, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, std::f64::consts::PI,
    std::f64::consts::FRAC_PI_2, 1e22, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0,
    -4503599627370497.0, 1.5, -1.5, 171.5, 172.0, -0.99, 0.99, 1e-300,
];

macro_rules! oracle {
    ($t:ident, $tag:literal, $tgamma:ident, $lgamma:ident) => {{
        fn line(name: &str, x: $t, y: $t, z: $t, r: $t) {
            println!("{} {} {:x} {:x} {:x} {:x}", $tag, name, x.to_bits(), y.to_bits(), z.to_bits(), r.to_bits());
        }
        fn unary(name: &str, x: $t) {
            let b = black_box(x);
            #[allow(deprecated)]
            let r: $t = match name {
                "sqrt" => b.sqrt(),
                "exp" => b.exp(),
                "exp2" => b.exp2(),
                "ln" => b.ln(),
                "log10" => b.log10(),
                "log2" => b.log2(),
                "sin" => b.sin(),
                "cos" => b.cos(),
                "floor" => b.floor(),
                "ceil" => b.ceil(),
                "trunc" => b.trunc(),
                "round" => b.round(),
                "round_ties_even" => b.round_ties_even(),
                "tan" => b.tan(),
                "asin" => b.asin(),
                "acos" => b.acos(),
                "atan" => b.atan(),
                "sinh" => b.sinh(),
                "cosh" => b.cosh(),
                "tanh" => b.tanh(),
                "asinh" => b.asinh(),
                "acosh" => b.acosh(),
                "atanh" => b.atanh(),
                "cbrt" => b.cbrt(),
                "expm1" => b.exp_m1(),
                "log1p" => b.ln_1p(),
                "tgamma" => unsafe { $tgamma(b) },
                "lgamma" => { let mut s = 0; unsafe { $lgamma(b, &mut s) } }
                _ => unreachable!(),
            };
            line(name, x, 0.0, 0.0, r);
        }
        fn binary(name: &str, x: $t, y: $t) {
            let (bx, by) = (black_box(x), black_box(y));
            #[allow(deprecated)]
            let r: $t = match name {
                "powf" => bx.powf(by),
                "hypot" => bx.hypot(by),
                "atan2" => bx.atan2(by),
                "fdim" => bx.abs_sub(by),
                "div" => bx / by,
                "rem" => bx % by,
                _ => unreachable!(),
            };
            line(name, x, y, 0.0, r);
        }

        let mut rng = Rng(0x2545F4914F6CDD1D);
        let mut inputs: Vec<$t> = SPECIAL.iter().map(|&v| v as $t).collect();
        for _ in 0..60 {
            inputs.push(rng.uniform(-10.0, 10.0) as $t);
            inputs.push(rng.uniform(-1.0, 1.0) as $t);
            inputs.push(rng.wide(-30.0, 30.0) as $t);
        }
        for _ in 0..20 {
            inputs.push(rng.uniform(-200.0, 200.0).round() as $t + 0.5);
            inputs.push(rng.uniform(1.0, 1.5) as $t);
        }
        for name in [
            "sqrt", "exp", "exp2", "ln", "log10", "log2", "sin", "cos", "floor", "ceil", "trunc",
            "round", "round_ties_even", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
            "asinh", "acosh", "atanh", "cbrt", "expm1", "log1p", "tgamma", "lgamma",
        ] {
            for &x in &inputs {
                unary(name, x);
            }
        }
        let few: Vec<$t> = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.0, 1e300, 5e-324, f64::INFINITY, f64::NEG_INFINITY, f64::NAN]
            .iter().map(|&v| v as $t).collect();
        for name in ["powf", "hypot", "atan2", "fdim", "div", "rem"] {
            for &x in &few {
                for &y in &few {
                    binary(name, x, y);
                }
            }
            for _ in 0..150 {
                let (x, y) = match name {
                    "powf" => (rng.uniform(0.0, 10.0), rng.uniform(-30.0, 30.0)),
                    _ => (rng.wide(-20.0, 20.0), rng.wide(-20.0, 20.0)),
                };
                binary(name, x as $t, y as $t);
                binary(name, rng.uniform(-5.0, 5.0) as $t, rng.uniform(-5.0, 5.0) as $t);
            }
            for _ in 0..30 {
                binary(name, rng.uniform(-5.0, 5.0) as $t, rng.uniform(-20.0, 20.0).round() as $t);
            }
        }
        // powi
        for &x in &few {
            for n in [0, 1, 2, 3, -1, -2, -3, 1000, -1000, 2147483647, -2147483648] {
                println!("{} powi {:x} {} 0 {:x}", $tag, x.to_bits(), n, black_box(x).powi(black_box(n)).to_bits());
            }
        }
        for _ in 0..300 {
            let x = rng.uniform(-3.0, 3.0) as $t;
            let n = (rng.next() % 81) as i32 - 40;
            println!("{} powi {:x} {} 0 {:x}", $tag, x.to_bits(), n, black_box(x).powi(black_box(n)).to_bits());
        }
        // fma
        let fma_few: Vec<$t> = [0.0, -0.0, 1.0, -1.0, 1e300, 1e-300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 3.0]
            .iter().map(|&v| v as $t).collect();
        for &x in &fma_few {
            for &y in &fma_few {
                for &z in &fma_few {
                    line("fma", x, y, z, black_box(x).mul_add(black_box(y), black_box(z)));
                }
            }
        }
        for _ in 0..300 {
            let x = rng.wide(-20.0, 20.0) as $t;
            let y = rng.wide(-20.0, 20.0) as $t;
            let z = -(x * y) + (rng.uniform(-1.0, 1.0) as $t) * (x * y).abs() * (1e-6 as $t);
            line("fma", x, y, z, black_box(x).mul_add(black_box(y), black_box(z)));
            let z = rng.wide(-40.0, 40.0) as $t;
            line("fma", x, y, z, black_box(x).mul_add(black_box(y), black_box(z)));
        }
        for (x, y, z) in [(1e-160, 1e-160, 0.0), (1e-200, -1e-200, 0.0), (1.5, 1.5, -2.25), (-1.5, 1.5, 2.25), (1e308, 10.0, -1e308)] {
            let (x, y, z) = (x as $t, y as $t, z as $t);
            line("fma", x, y, z, black_box(x).mul_add(black_box(y), black_box(z)));
        }
    }};
}

fn main() {
    oracle!(f64, "f64", tgamma, lgamma_r);
    oracle!(f32, "f32", tgammaf, lgammaf_r);
}
