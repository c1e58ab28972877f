// Lifetimes used without being declared: E0261.
struct Holder {
    data: &'a str,
}

fn first(s: &'b str) -> &'b str {
    s
}

fn main() {
    println!("{}", first("x"));
}
