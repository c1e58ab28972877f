use std::collections::{HashMap BTreeMap};

fn main() {
    let mut a: HashMap<u8, u8> = HashMap::new();
    let mut b: BTreeMap<u8, u8> = BTreeMap::new();
    a.insert(1, 2);
    b.insert(3, 4);
    println!("{} {}", a.len(), b.len());
}
