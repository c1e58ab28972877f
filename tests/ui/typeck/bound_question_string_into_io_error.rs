// `?` on a `Result<_, String>` inside a function returning `io::Result`: E0277.
use std::io;

fn validate(name: &str) -> Result<(), String> {
    if name.is_empty() { Err("empty name".to_string()) } else { Ok(()) }
}

fn create_user(name: &str) -> io::Result<u32> {
    validate(name)?;
    Ok(name.len() as u32)
}

fn main() {
    println!("{:?}", create_user("ana").ok());
}
