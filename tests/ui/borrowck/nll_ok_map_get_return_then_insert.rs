// `if let Some(x) = map.get(k) { return x.clone() }` followed by an insert.
use std::collections::HashMap;

fn lookup(cache: &mut HashMap<u32, String>, k: u32) -> String {
    if let Some(v) = cache.get(&k) {
        return v.clone();
    }
    let v = format!("value-{k}");
    cache.insert(k, v.clone());
    v
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", lookup(&mut cache, 1));
    println!("{}", lookup(&mut cache, 1));
    println!("{}", lookup(&mut cache, 2));
    println!("{}", cache.len());
}
