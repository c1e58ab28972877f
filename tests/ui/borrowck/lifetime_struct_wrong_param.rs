// Building a struct of lifetime `'a` from a `'b` reference: lifetime may not live long enough.
struct Token<'a> {
    text: &'a str,
}

fn make<'a, 'b>(_src: &'a str, other: &'b str) -> Token<'a> {
    Token { text: other }
}

fn main() {
    let t = make("a", "b");
    println!("{}", t.text);
}
