// A generic `impl Into<String>` parameter given an integer: E0277.
struct Tag {
    name: String,
}

impl Tag {
    fn new(name: impl Into<String>) -> Tag {
        Tag { name: name.into() }
    }
}

fn main() {
    let a = Tag::new("release");
    let b = Tag::new(2024);
    println!("{} {}", a.name, b.name);
}
