// Returning a reference tied to the wrong parameter's lifetime: lifetime may not live long enough.
fn pick<'a, 'b>(first: &'a str, second: &'b str) -> &'a str {
    if first.is_empty() { second } else { first }
}

fn main() {
    println!("{}", pick("", "fallback"));
}
