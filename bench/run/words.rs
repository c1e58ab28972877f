// Strings: building, splitting, sorting and counting.
fn main() {
    let mut text = String::new();
    for i in 0..600_000 {
        text.push_str(&format!("word{} ", i % 97));
        if i % 10 == 0 {
            text.push_str("the ");
        }
    }
    let mut words: Vec<&str> = text.split_whitespace().collect();
    words.sort();
    words.dedup();
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    let upper = text.to_uppercase();
    println!("{} {} {}", words.len(), longest, upper.len());
}
