// Collecting `(&str, u32)` pairs into a `Vec<(String, u32)>`: E0277.
use std::collections::HashMap;

fn word_counts(text: &str) -> Vec<(String, u32)> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(String, u32)> = counts.into_iter().collect();
    pairs.sort();
    pairs
}

fn main() {
    for (w, n) in word_counts("a b a c b a") {
        println!("{w}: {n}");
    }
}
