// Using an `Option` as if it were the value inside.
use std::collections::HashMap;

struct Config {
    retries: Option<u32>,
}

fn main() {
    let mut ages: HashMap<&str, u32> = HashMap::new();
    ages.insert("bob", 30);
    let age = ages.get("bob");
    let next_year: u32 = age + 1;
    let cfg = Config { retries: Some(3) };
    let n: u32 = cfg.retries;
    let name: Option<String> = Some("x".to_string());
    println!("{} {} {}", next_year, n, name.len());
}
