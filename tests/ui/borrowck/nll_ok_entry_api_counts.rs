// The entry API mutates a HashMap value in place without a separate lookup.
use std::collections::BTreeMap;

fn main() {
    let text = "the cat and the hat and the bat";
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for w in text.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let e = counts.entry("dog").or_default();
    *e += 7;
    println!("{:?}", counts);
}
