// Elision cannot decide the lifetime of the result: E0106.
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

struct Parser {
    input: &str,
}

fn main() {
    println!("{}", longest("ab", "c"));
}
