// Using a std type without importing it: E0433 with "consider importing this struct".
fn word_counts(text: &str) -> usize {
    let mut map = HashMap::new();
    for w in text.split_whitespace() {
        *map.entry(w).or_insert(0) += 1;
    }
    map.len()
}

fn main() {
    println!("{}", word_counts("a b a"));
}
