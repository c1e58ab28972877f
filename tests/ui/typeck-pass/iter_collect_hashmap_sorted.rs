// Collecting into HashMap and printing it in sorted order (never in hash order).
use std::collections::{BTreeMap, HashMap};

fn frequencies(text: &str) -> HashMap<char, usize> {
    let mut map = HashMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        *map.entry(c.to_ascii_lowercase()).or_insert(0) += 1;
    }
    map
}

fn main() {
    let freq = frequencies("Hello, World! Lovely day.");
    let mut entries: Vec<(char, usize)> = freq.iter().map(|(&c, &n)| (c, n)).collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (c, n) in entries.iter().take(4) {
        println!("{c}: {n}");
    }

    let capitals: HashMap<&str, &str> = [("France", "Paris"), ("Japan", "Tokyo"), ("Peru", "Lima")]
        .into_iter()
        .collect();
    let mut countries: Vec<&&str> = capitals.keys().collect();
    countries.sort();
    for c in countries {
        println!("{} -> {}", c, capitals[*c]);
    }
    println!("{:?}", capitals.get("Japan"));
    println!("{:?}", capitals.get("Chile"));

    let lengths: BTreeMap<usize, Vec<&str>> = ["hi", "yo", "hey", "hello", "sup"].iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    println!("{:?}", lengths);

    let squares: HashMap<u32, u32> = (1..=5).map(|n| (n, n * n)).collect();
    let total: u32 = squares.values().sum();
    let mut keys: Vec<_> = squares.keys().copied().collect();
    keys.sort_unstable();
    println!("{} {:?}", total, keys);

    let index: BTreeMap<String, usize> = "the cat sat on the mat".split(' ').enumerate().map(|(i, w)| (w.to_string(), i)).collect();
    for (w, i) in &index {
        println!("{w}@{i}");
    }
}
