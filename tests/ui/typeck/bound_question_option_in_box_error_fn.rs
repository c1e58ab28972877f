// `?` on an `Option` in a function returning `Result<_, Box<dyn Error>>`: E0277.
use std::error::Error;

fn first_char_code(s: &str) -> Result<u32, Box<dyn Error>> {
    let c = s.chars().next()?;
    Ok(c as u32)
}

fn main() {
    match first_char_code("A") {
        Ok(code) => println!("{code}"),
        Err(e) => println!("error: {e}"),
    }
}
