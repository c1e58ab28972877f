// Returning `&str` from a function declared to return `String`: E0308.
struct Person {
    first: String,
    last: String,
}

impl Person {
    fn display_name(&self) -> String {
        if self.last.is_empty() {
            return &self.first;
        }
        format!("{} {}", self.first, self.last)
    }
}

fn main() {
    let p = Person { first: "Ada".into(), last: String::new() };
    println!("{}", p.display_name());
}
