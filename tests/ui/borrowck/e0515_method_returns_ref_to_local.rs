// A method returning a reference to a String it built locally: E0515.
struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full_name(&self) -> &str {
        let full = format!("{} {}", self.first, self.last);
        full.as_str()
    }
}

fn main() {
    let p = Person { first: "Ada".into(), last: "Lovelace".into() };
    println!("{}", p.full_name());
}
