use std::collections::HashMap;

fn lookup(m: &HashMap<&str, i32>, k: &str) -> i32 {
    *m.get(k).expect(&format!("missing key {:?}", k))
}

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    m.insert("b", 2);
    println!("a = {}", lookup(&m, "a"));
    let r: Result<i32, String> = Err("boom".to_string());
    println!("{}", r.clone().unwrap_or(-1));
    let parsed: Result<u32, _> = "12a".parse::<u32>();
    match &parsed {
        Ok(v) => println!("{}", v),
        Err(e) => println!("parse failed: {}", e),
    }
    println!("b = {}", lookup(&m, "b"));
    let n: u32 = parsed.expect("config value must be numeric");
    println!("{}", n);
}
