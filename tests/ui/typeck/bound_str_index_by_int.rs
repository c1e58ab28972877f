// Indexing a string by an integer: `str` cannot be indexed by `usize`: E0277.
fn main() {
    let word = String::from("hello");
    let first = word[0];
    println!("{first}");
}
