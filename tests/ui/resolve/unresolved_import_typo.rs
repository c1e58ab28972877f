// A misspelled item in a `use` path: E0432 with "a similar name exists in the module".
use std::collections::HashMapp;

fn main() {
    let mut counts = HashMapp::new();
    counts.insert("a", 1);
    println!("{:?}", counts);
}
