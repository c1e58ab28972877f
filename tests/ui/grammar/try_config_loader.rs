// A configuration loader that validates key=value lines with `?`, custom
// error types, `From` conversions from several error sources, and map_err.

use std::num::{ParseFloatError, ParseIntError};
use std::str::ParseBoolError;

#[derive(Debug)]
enum ConfigError {
    BadInt(String, ParseIntError),
    BadFloat(ParseFloatError),
    BadBool(ParseBoolError),
    Syntax(usize),
    Missing(&'static str),
}

impl From<ParseFloatError> for ConfigError {
    fn from(e: ParseFloatError) -> Self {
        ConfigError::BadFloat(e)
    }
}

impl From<ParseBoolError> for ConfigError {
    fn from(e: ParseBoolError) -> Self {
        ConfigError::BadBool(e)
    }
}

#[derive(Debug, Default)]
struct Config {
    port: u16,
    ratio: f64,
    debug: bool,
    name: String,
}

fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &'static str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key))
}

fn load(text: &str) -> Result<Config, ConfigError> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = line.split_once('=').ok_or(ConfigError::Syntax(n + 1))?;
        pairs.push((k.trim(), v.trim()));
    }
    let port_text = lookup(&pairs, "port")?;
    let port = port_text.parse::<u16>().map_err(|e| ConfigError::BadInt(port_text.to_string(), e))?;
    let ratio: f64 = lookup(&pairs, "ratio")?.parse()?;
    let debug = lookup(&pairs, "debug").unwrap_or("false").parse::<bool>()?;
    let name = lookup(&pairs, "name").map(String::from).unwrap_or_else(|_| "anon".to_string());
    Ok(Config { port, ratio, debug, name })
}

fn main() {
    let inputs = [
        "port = 8080\nratio = 0.75\ndebug = true\nname = web",
        "# defaults\nport=80\nratio=1",
        "port = 99999\nratio = 1.0",
        "port = 22\nratio = fast",
        "port = 22\nratio = 2.0\ndebug = yes",
        "port = 22\nthis line is wrong",
        "ratio = 0.5",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match load(text) {
            Ok(cfg) => println!("config {}: {:?}", i, cfg),
            Err(ConfigError::BadInt(s, e)) => println!("config {}: bad int {:?}: {}", i, s, e),
            Err(ConfigError::Syntax(line)) => println!("config {}: syntax error on line {}", i, line),
            Err(other) => println!("config {}: {:?}", i, other),
        }
    }
    let defaults = Config::default();
    println!("default: {:?}", defaults);
}
