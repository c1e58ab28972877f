// Nested enums with bindings and wildcards at different depths.
fn describe(r: Result<Option<u8>, String>) -> String {
    match r {
        Ok(Some(0)) => "zero".to_string(),
        Ok(Some(n @ 1..=9)) => format!("digit {n}"),
        Ok(Some(n)) => format!("big {n}"),
        Ok(None) => "none".to_string(),
        Err(e) if e.is_empty() => "empty error".to_string(),
        Err(e) => format!("error {e}"),
    }
}

fn main() {
    for r in [Ok(Some(0)), Ok(Some(5)), Ok(Some(50)), Ok(None), Err(String::new()), Err("x".to_string())] {
        println!("{}", describe(r));
    }
}
