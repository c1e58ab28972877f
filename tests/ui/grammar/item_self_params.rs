// Every form of `self` parameter on a document builder.
use std::rc::Rc;

#[derive(Debug, Clone)]
struct Doc {
    title: String,
    lines: Vec<String>,
}

impl Doc {
    fn new(title: &str) -> Self {
        Doc { title: title.to_string(), lines: Vec::new() }
    }

    // by value, consuming and returning
    fn with_line(mut self, line: &str) -> Self {
        self.lines.push(line.to_string());
        self
    }

    // by shared reference
    fn line_count(&self) -> usize {
        self.lines.len()
    }

    // by mutable reference
    fn uppercase_title(&mut self) {
        self.title = self.title.to_uppercase();
    }

    // explicit typed shared reference
    fn summary(self: &Self) -> String {
        format!("{} ({} lines)", self.title, self.line_count())
    }

    // explicit typed mutable reference
    fn clear(self: &mut Self) {
        self.lines.clear();
    }

    // boxed receiver
    fn into_title(self: Box<Self>) -> String {
        self.title
    }

    // reference-counted receiver
    fn share_count(self: Rc<Self>) -> usize {
        Rc::strong_count(&self)
    }

    // consuming receiver
    fn finish(self) -> Vec<String> {
        let mut out = vec![format!("# {}", self.title)];
        out.extend(self.lines);
        out
    }
}

fn main() {
    let mut doc = Doc::new("notes").with_line("buy milk").with_line("call bob");
    println!("{}", doc.summary());
    doc.uppercase_title();
    println!("{}", doc.summary());

    let copy = doc.clone();
    for line in copy.finish() {
        println!("  {}", line);
    }

    doc.clear();
    println!("after clear: {}", doc.summary());

    let boxed = Box::new(doc.clone().with_line("x"));
    println!("boxed title: {}", boxed.into_title());

    let shared = Rc::new(doc);
    let other = Rc::clone(&shared);
    println!("other sees {:?}", other.title);
    println!("strong count seen by method: {}", shared.share_count());
    println!("after drop of receiver: {}", Rc::strong_count(&other));
}
