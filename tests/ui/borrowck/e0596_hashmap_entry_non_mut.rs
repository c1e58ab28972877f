// Using the entry API on a HashMap bound without `mut`: E0596.
use std::collections::HashMap;

fn main() {
    let counts: HashMap<char, usize> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    println!("{}", counts.len());
}
