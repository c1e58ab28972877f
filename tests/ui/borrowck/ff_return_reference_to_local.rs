// Returning references to values that die at the end of the function.
fn longest_line(text: &str) -> &str {
    let owned = text.to_uppercase();
    let best = owned.lines().max_by_key(|l| l.len()).unwrap_or("");
    best
}

fn make_greeting(name: &str) -> &String {
    let s = format!("hello {}", name);
    &s
}

fn pick<'a>(items: &'a [String]) -> &'a str {
    let first = items[0].clone();
    first.as_str()
}

fn main() {
    println!("{} {}", longest_line("a\nbb"), make_greeting("x"));
    println!("{}", pick(&["q".to_string()]));
}
