// Passing a value where a shared reference is expected: E0308.
fn longest(words: &Vec<String>) -> usize {
    words.iter().map(|w| w.len()).max().unwrap_or(0)
}

fn main() {
    let words = vec![String::from("a"), String::from("abc")];
    println!("{}", longest(words));
}
