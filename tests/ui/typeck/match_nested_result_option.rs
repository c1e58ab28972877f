// A nested match on `Result<Option<T>, E>` missing `Ok(None)`: E0004.
fn load(key: &str) -> Result<Option<u32>, String> {
    if key.is_empty() { Err("empty key".into()) } else { Ok(Some(key.len() as u32)) }
}

fn main() {
    match load("abc") {
        Ok(Some(v)) => println!("value {v}"),
        Err(e) => println!("error {e}"),
    }
}
