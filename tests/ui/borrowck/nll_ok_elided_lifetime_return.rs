// Returning references derived from parameters with elided lifetimes.
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

struct Library {
    titles: Vec<String>,
}

impl Library {
    fn longest(&self, min: usize) -> Option<&String> {
        self.titles.iter().filter(|t| t.len() >= min).max_by_key(|t| t.len())
    }
}

fn main() {
    let line = String::from("borrow checker rules");
    let w = first_word(&line);
    let lib = Library { titles: vec!["Dune".into(), "Neuromancer".into()] };
    println!("{w} {:?} {:?}", lib.longest(5), lib.longest(20));
}
