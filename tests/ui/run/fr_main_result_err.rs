use std::error::Error;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb(u8, u8, u8);

#[derive(Debug)]
enum ColorError {
    BadLength(usize),
    BadHex(std::num::ParseIntError),
    MissingHash,
}

impl fmt::Display for ColorError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ColorError::BadLength(n) => write!(f, "expected 6 hex digits, got {}", n),
            ColorError::BadHex(e) => write!(f, "bad hex: {}", e),
            ColorError::MissingHash => f.write_str("color must start with '#'"),
        }
    }
}

impl Error for ColorError {}

impl From<std::num::ParseIntError> for ColorError {
    fn from(e: std::num::ParseIntError) -> Self { ColorError::BadHex(e) }
}

impl FromStr for Rgb {
    type Err = ColorError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.strip_prefix('#').ok_or(ColorError::MissingHash)?;
        if hex.len() != 6 {
            return Err(ColorError::BadLength(hex.len()));
        }
        let r = u8::from_str_radix(&hex[0..2], 16)?;
        let g = u8::from_str_radix(&hex[2..4], 16)?;
        let b = u8::from_str_radix(&hex[4..6], 16)?;
        Ok(Rgb(r, g, b))
    }
}

impl Rgb {
    fn luminance(&self) -> f64 {
        0.2126 * self.0 as f64 + 0.7152 * self.1 as f64 + 0.0722 * self.2 as f64
    }
    fn blend(self, o: Rgb, t: f64) -> Rgb {
        let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        Rgb(mix(self.0, o.0), mix(self.1, o.1), mix(self.2, o.2))
    }
}

fn parse_all(inputs: &[&str]) -> Result<Vec<Rgb>, Box<dyn Error>> {
    let mut out = Vec::new();
    for s in inputs {
        out.push(s.parse::<Rgb>()?);
    }
    Ok(out)
}

fn sum_numbers(s: &str) -> Result<i64, Box<dyn Error + Send + Sync>> {
    let mut total = 0i64;
    for tok in s.split(',') {
        total += tok.trim().parse::<i64>()?;
    }
    if total < 0 {
        return Err("negative total".into());
    }
    Ok(total)
}

fn main() -> Result<(), Box<dyn Error>> {
    let good = parse_all(&["#ff0000", "#00FF7f", "#123456"])?;
    for c in &good {
        println!("{:?} lum={:.2}", c, c.luminance());
    }
    println!("blend {:?}", good[0].blend(good[1], 0.25));
    for bad in ["ff0000", "#fff", "#gg0000", "#12345Z"] {
        match bad.parse::<Rgb>() {
            Ok(c) => println!("ok {:?}", c),
            Err(e) => println!("{:>10}: {} / {:?}", bad, e, e),
        }
    }
    println!("{:?}", sum_numbers("1, 2, 3"));
    match sum_numbers("1, -9") {
        Err(e) => println!("error: {}", e),
        Ok(v) => println!("{}", v),
    }
    match sum_numbers("1, x") {
        Err(e) => println!("error: {}", e),
        Ok(v) => println!("{}", v),
    }
    let r = parse_all(&["#000000", "#00000"]);
    println!("is_err {}", r.is_err());
    let colors = parse_all(&["#010203", "#zz"])?;
    println!("unreachable {:?}", colors);
    Ok(())
}
