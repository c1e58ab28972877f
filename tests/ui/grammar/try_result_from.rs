// The `?` operator on Result with automatic error conversion through From.

use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Range { value: i64, min: i64, max: i64 },
    Empty,
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Range { value, min, max } => write!(f, "{} not in {}..={}", value, min, max),
            AppError::Empty => write!(f, "empty input"),
        }
    }
}

fn parse_bounded(s: &str, min: i64, max: i64) -> Result<i64, AppError> {
    let value: i64 = s.trim().parse()?; // ParseIntError -> AppError
    if value < min || value > max {
        return Err(AppError::Range { value, min, max });
    }
    Ok(value)
}

fn parse_time(s: &str) -> Result<u32, AppError> {
    if s.is_empty() {
        Err(AppError::Empty)?;
    }
    let mut parts = s.split(':');
    let h = parse_bounded(parts.next().unwrap_or(""), 0, 23)?;
    let m = parse_bounded(parts.next().unwrap_or("0"), 0, 59)?;
    let sec = parse_bounded(parts.next().unwrap_or("0"), 0, 59)?;
    Ok((h * 3600 + m * 60 + sec) as u32)
}

fn total_seconds(items: &[&str]) -> Result<u32, AppError> {
    let mut total = 0;
    for item in items {
        total += parse_time(item)?;
    }
    Ok(total)
}

fn boxed(s: &str) -> Result<i32, Box<dyn std::error::Error>> {
    let n: i32 = s.parse()?; // ParseIntError -> Box<dyn Error>
    if n == 13 {
        return Err("unlucky".into());
    }
    Ok(n * 2)
}

fn main() {
    for input in ["12:30", "7:05:09", "24:00", "12:61", "x:10", "", "23:59:59"] {
        match parse_time(input) {
            Ok(secs) => println!("{:>9} -> {} seconds", input, secs),
            Err(e) => println!("{:>9} -> error: {}", input, e),
        }
    }
    println!("total ok: {:?}", total_seconds(&["1:00", "0:30", "0:00:15"]).ok());
    match total_seconds(&["1:00", "bad"]) {
        Ok(t) => println!("unexpected {}", t),
        Err(e) => println!("total failed: {:?}", e),
    }
    for s in ["21", "13", "abc"] {
        match boxed(s) {
            Ok(v) => println!("boxed({}) = {}", s, v),
            Err(e) => println!("boxed({}) failed: {}", s, e),
        }
    }
}
