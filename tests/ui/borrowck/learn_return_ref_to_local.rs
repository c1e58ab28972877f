fn longest(words: &[String]) -> &str {
    let mut best = String::new();
    for w in words {
        if w.len() > best.len() {
            best = w.clone();
        }
    }
    &best
}

fn main() {
    let ws = vec![String::from("a"), String::from("abc")];
    println!("{}", longest(&ws));
}
