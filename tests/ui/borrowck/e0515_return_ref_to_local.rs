// Returning a reference to a local String: E0515.
fn make_greeting(name: &str) -> &str {
    let s = format!("hello, {name}");
    &s
}

fn main() {
    println!("{}", make_greeting("bo"));
}
