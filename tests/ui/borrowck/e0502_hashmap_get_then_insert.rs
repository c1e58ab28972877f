// Inserting into a HashMap while a reference from `get` is still used: E0502.
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    cache.insert(1, String::from("one"));
    let one = cache.get(&1).unwrap();
    cache.insert(2, String::from("two"));
    println!("{one}");
}
