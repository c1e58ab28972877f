// HashMap counting: word frequencies of generated text, then the top words.
use std::collections::HashMap;

fn main() {
    let mut text = String::new();
    let mut seed: u64 = 12345;
    for _ in 0..400_000 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let w = (seed >> 33) % 500;
        text.push_str("w");
        text.push_str(&w.to_string());
        text.push(' ');
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut top: Vec<(&str, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in top.iter().take(5) {
        println!("{} {}", w, c);
    }
    println!("{}", top.len());
}
