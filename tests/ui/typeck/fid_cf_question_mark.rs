use std::collections::HashMap;
use std::fs;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Bad(ParseIntError),
}

fn read_port(map: &HashMap<String, String>) -> Result<u16, ConfigError> {
    let raw = map.get("port").ok_or(ConfigError::Missing("port".into()))?;
    let port: u16 = raw.parse()?;
    Ok(port)
}

fn load(path: &str) {
    let text = fs::read_to_string(path)?;
    println!("{}", text);
}

fn first_even(v: &[i32]) -> Option<i32> {
    let x = v.iter().find(|x| *x % 2 == 0)?;
    let parsed: i32 = "12".parse()?;
    Some(*x + parsed)
}

fn count_words(s: &str) -> usize {
    let n = s.split(' ').count();
    if n > 10 {
        "many"
    } else {
        n
    }
}

fn label(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 => 1,
        _ => "other",
    }
}

fn main() {
    let mut m = HashMap::new();
    m.insert("port".to_string(), "80".to_string());
    println!("{:?}", read_port(&m));
    load("x.txt");
    let maybe: Option<&String> = m.get("port");
    println!("{}", maybe.len());
    println!("{:?} {} {}", first_even(&[1, 2]), count_words("a b"), label(1));
    let total = m.values().map(|v| v.parse::<i32>()).sum::<i32>();
    println!("{}", total);
}
