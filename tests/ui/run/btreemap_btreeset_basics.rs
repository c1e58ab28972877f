use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut m = BTreeMap::new();
    for (i, w) in ["pear", "apple", "fig", "apple"].iter().enumerate() {
        m.entry(w.to_string()).or_insert_with(Vec::new).push(i);
    }
    println!("{:?}", m);
    println!("{:?} {:?}", m.get("fig"), m.first_key_value());
    m.remove("pear");
    for (k, v) in &m {
        println!("{} {:?}", k, v);
    }
    let s: BTreeSet<i32> = [5, 1, 3, 1].into_iter().collect();
    println!("{:?} {}", s, s.contains(&3));
    let r: Vec<_> = s.range(2..).collect();
    println!("{:?}", r);
}
