// needless_lifetimes: lifetimes the elision rules would give anyway.

fn first<'a>(x: &'a str) -> &'a str {
    &x[..1]
}

struct Holder {
    name: String,
}

impl Holder {
    fn name<'a>(&'a self) -> &'a str {
        &self.name
    }
}

fn plain<'a>(x: &'a i32) -> i32 {
    *x
}

// Near misses: two inputs, a lifetime in a struct, a bound.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

struct Wrap<'a> {
    s: &'a str,
}

fn wrap<'a>(s: &'a str) -> Wrap<'a> {
    Wrap { s }
}

#[allow(clippy::needless_lifetimes)]
fn allowed<'a>(x: &'a str) -> &'a str {
    x
}

fn main() {
    let h = Holder { name: String::from("h") };
    println!("{} {} {} {} {} {}", first("ab"), h.name(), plain(&1), longest("a", "bc"), wrap("w").s, allowed("x"));
}
