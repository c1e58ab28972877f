// `?` in a `main` that returns `()`: E0277.
use std::fs;

fn main() {
    let text = fs::read_to_string("settings.toml")?;
    println!("{} bytes", text.len());
}
