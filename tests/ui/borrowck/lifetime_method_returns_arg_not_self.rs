// A method whose elided return lifetime is `self`'s but returns the argument: lifetime may not live long enough.
struct Dictionary {
    words: Vec<String>,
}

impl Dictionary {
    fn lookup(&self, fallback: &str) -> &str {
        match self.words.first() {
            Some(w) => w.as_str(),
            None => fallback,
        }
    }
}

fn main() {
    let d = Dictionary { words: vec![] };
    println!("{}", d.lookup("none"));
}
