// `?` cannot convert the error: no `From<ParseIntError>` for the function's error type: E0277.
#[derive(Debug)]
enum ConfigError {
    Missing(String),
}

fn read_threads(value: Option<&str>) -> Result<u32, ConfigError> {
    let text = value.ok_or(ConfigError::Missing("threads".to_string()))?;
    let n = text.parse::<u32>()?;
    Ok(n)
}

fn main() {
    println!("{:?}", read_threads(Some("4")));
}
