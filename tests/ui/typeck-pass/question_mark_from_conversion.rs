// `?` with From conversions into a user error enum; Display and Error for it.
use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum ConfigError {
    BadInt(ParseIntError),
    BadFloat(ParseFloatError),
    Missing(&'static str),
    Range { key: &'static str, value: i64 },
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadInt(e)
    }
}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self {
        ConfigError::BadFloat(e)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::BadInt(e) => write!(f, "bad integer: {}", e),
            ConfigError::BadFloat(e) => write!(f, "bad float: {}", e),
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::Range { key, value } => write!(f, "{} out of range: {}", key, value),
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Debug)]
struct Config {
    threads: i64,
    ratio: f64,
}

fn lookup<'a>(pairs: &[(&'static str, &'a str)], key: &'static str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key))
}

fn parse(pairs: &[(&'static str, &str)]) -> Result<Config, ConfigError> {
    let threads: i64 = lookup(pairs, "threads")?.parse()?;
    if !(1..=64).contains(&threads) {
        return Err(ConfigError::Range { key: "threads", value: threads });
    }
    let ratio = lookup(pairs, "ratio")?.trim().parse::<f64>()?;
    Ok(Config { threads, ratio })
}

fn main() {
    let inputs: Vec<Vec<(&'static str, &str)>> = vec![
        vec![("threads", "8"), ("ratio", " 0.75 ")],
        vec![("threads", "eight"), ("ratio", "1")],
        vec![("threads", "4"), ("ratio", "x")],
        vec![("ratio", "1")],
        vec![("threads", "100"), ("ratio", "1")],
    ];
    for pairs in &inputs {
        match parse(pairs) {
            Ok(c) => println!("ok: {:?}", c),
            Err(e) => println!("error: {}", e),
        }
    }
}
