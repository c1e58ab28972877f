// `?` where the function's return type cannot carry the error.
use std::fs;
use std::num::ParseIntError;

fn read_number(path: &str) -> Result<i32, ParseIntError> {
    let text = fs::read_to_string(path).unwrap_or_default();
    let n = text.trim().parse::<i32>()?;
    Ok(n)
}

fn first_char_upper(s: &str) -> Result<char, String> {
    let c = s.chars().next()?;
    Ok(c.to_ascii_uppercase())
}

fn main() {
    let n = read_number("n.txt")?;
    println!("{} {:?}", n, first_char_upper("abc"));
}
