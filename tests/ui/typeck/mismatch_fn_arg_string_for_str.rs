// Passing a `String` by value where `&str` is expected (missing `&`): E0308.
fn count_vowels(text: &str) -> usize {
    text.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let line = String::from("programming in rust");
    let n = count_vowels(line);
    println!("{n} vowels");
}
