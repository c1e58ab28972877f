// The book's `longest` with only one parameter annotated: E0621.
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    println!("{}", longest("hello", "hi"));
}
