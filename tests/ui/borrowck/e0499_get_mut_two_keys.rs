// Two `get_mut` calls on a HashMap held at once: E0499.
use std::collections::HashMap;

fn main() {
    let mut bank: HashMap<&str, i32> = HashMap::new();
    bank.insert("a", 10);
    bank.insert("b", 5);
    let from = bank.get_mut("a").unwrap();
    let to = bank.get_mut("b").unwrap();
    *from -= 3;
    *to += 3;
    println!("{:?}", bank.get("a"));
}
