// Structs used where traits they do not implement are required.
use std::collections::HashMap;

struct Money {
    cents: i64,
}

#[derive(Debug)]
struct Tag {
    name: String,
}

fn main() {
    let m = Money { cents: 150 };
    println!("{}", m);
    let a = Tag { name: "x".into() };
    let b = Tag { name: "y".into() };
    if a == b {
        println!("same");
    }
    let mut prices = vec![2.5, 1.0, 3.75];
    prices.sort();
    let mut by_tag: HashMap<Tag, u32> = HashMap::new();
    by_tag.insert(a, 1);
    println!("{:?}", prices);
}
