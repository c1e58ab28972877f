// Float `{}`, `{:?}`, `{:.N}` of f64 and f32: shortest round-trip digits, no exponent in
// Display, `{:?}` exponents outside 1e-4..1e16 and `.0`, signs of zero, NaN, infinities,
// rounding at a precision, and the capacity of the `String`s they make.
use std::fmt::Write;

struct Log(Vec<String>);
impl Write for Log {
    fn write_str(&mut self, s: &str) -> std::fmt::Result { self.0.push(s.to_string()); Ok(()) }
}

fn main() {
    let vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.1 + 0.2, 1e-7, 1.5e-5, 1e-4, 123456.789, 1e15, 1e16, 1e21, 1e300, -2.5e-310,
        f64::MAX, f64::MIN_POSITIVE, f64::EPSILON, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 2.0f64.sqrt(), 100.0, 0.5, 2.5, -0.125];
    for v in vals.iter() {
        let s = format!("{} {:?} {:.0} {:.2} {:.3?}", v, v, v, v, v);
        println!("{} cap={}", s, s.capacity());
        let t = format!("{}", v);
        println!("{} {}", t.len(), t.capacity());
    }
    let fs = [0.1f32, 1.0 / 3.0, 16777217.0, -0.0, 3.4e38, 1e-45, f32::NAN, 7.0];
    for v in fs.iter() {
        println!("{} {:?} {:.4} {:?}", v, v, v, *v as f64);
    }
    let mut log = Log(Vec::new());
    write!(log, "a{}b{:?}c{:.1}", -1.25, 3.0, f64::NAN).unwrap();
    println!("{:?}", log.0);
    let mut log2 = Log(Vec::new());
    for v in [9.999, 0.005, 0.004, 1.5, 100.0, 0.0, -0.0, 1e-7, 1e21, 123.456, 1e300].iter() {
        write!(log2, "<{:.2}|{:.0}|{:.3}|{}|{:?}>", v, v, v, v, v).unwrap();
    }
    println!("{:?}", log2.0);
    let mut log3 = Log(Vec::new());
    for v in [9.999974e-5f32, 9.99999974e-5, 1.0000000272564224e16, 1e16, 0.1].iter() {
        write!(log3, "{:?} {} ", v, v).unwrap();
    }
    println!("{:?}", log3.0);
    let mut s = String::with_capacity(3);
    write!(s, "{}|{}", -0.5, 12.25).unwrap();
    println!("{} {}", s, s.capacity());
    println!("{}", 1.0f64.to_string());
    widths();
}

// Widths, fills and alignment (literal), beside the forms that keep std's code.
fn widths() {
    for v in [3.14159, -2.5, 0.0, -0.0, 1e21, f64::NAN, -f64::INFINITY, 12345.678].iter() {
        let s = format!("[{:8.2}|{:<9}|{:^11.1}|{:*>10?}|{:3}|{:+.1}|{:08.2}|{:e}]", v, v, v, v, v, v, v, v);
        println!("{} cap={}", s, s.capacity());
    }
    let mut log = Log(Vec::new());
    write!(log, "{:>7.2}|{:_<6}|{:^8?}", -1.5, 2.0f32, 0.25).unwrap();
    println!("{:?}", log.0);
}
