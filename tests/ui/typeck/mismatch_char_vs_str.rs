// A one-character string literal where a `char` is expected: E0308.
fn count(text: &str, wanted: char) -> usize {
    text.chars().filter(|&c| c == wanted).count()
}

fn main() {
    println!("{}", count("banana", "a"));
}
