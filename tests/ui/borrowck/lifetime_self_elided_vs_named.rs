// Returning `&self` data as a named lifetime: rustc names no parameter for `&self`'s
// elided lifetime, so this is "lifetime may not live long enough", not E0621.
struct S {
    a: String,
}

impl S {
    fn pick<'a>(&self, _o: &'a str) -> &'a str {
        &self.a
    }
}

fn main() {
    let s = S { a: "x".into() };
    println!("{}", s.pick("o"));
}
