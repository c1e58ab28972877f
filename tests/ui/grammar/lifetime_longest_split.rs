// Lifetime annotations on functions, structs and impls: a text splitter.

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_word<'s>(s: &'s str) -> &'s str {
    s.split_whitespace().next().unwrap_or("")
}

fn pick_left<'a, 'b>(left: &'a str, _right: &'b str) -> &'a str {
    left
}

struct Splitter<'text, 'pat> {
    rest: Option<&'text str>,
    delim: &'pat str,
}

impl<'text, 'pat> Splitter<'text, 'pat> {
    fn new(text: &'text str, delim: &'pat str) -> Self {
        Splitter { rest: Some(text), delim }
    }
}

impl<'text> Iterator for Splitter<'text, '_> {
    type Item = &'text str;
    fn next(&mut self) -> Option<&'text str> {
        let rest = self.rest?;
        match rest.find(self.delim) {
            Some(i) => {
                self.rest = Some(&rest[i + self.delim.len()..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

struct Highlight<'doc> {
    doc: &'doc str,
    spans: Vec<(usize, usize)>,
}

impl<'doc> Highlight<'doc> {
    fn mark(&mut self, word: &str) -> usize {
        let mut count = 0;
        for (i, _) in self.doc.match_indices(word) {
            self.spans.push((i, i + word.len()));
            count += 1;
        }
        count
    }

    fn pieces(&self) -> Vec<&'doc str> {
        self.spans.iter().map(|&(a, b)| &self.doc[a..b]).collect()
    }
}

fn main() {
    let owned = String::from("a quick brown fox");
    let result;
    {
        let other = String::from("jumps");
        result = longest(first_word(&owned), &other).to_string();
    }
    println!("longest: {}", result);
    println!("left: {}", pick_left(&owned, "ignored"));

    let csv = "alpha::beta::::gamma";
    let delim = String::from("::");
    let parts: Vec<&str> = Splitter::new(csv, &delim).collect();
    println!("{:?}", parts);

    let mut h = Highlight { doc: "the cat sat on the mat with the hat", spans: vec![] };
    println!("'the' x{}", h.mark("the"));
    println!("'at' x{}", h.mark("at"));
    println!("{:?}", h.pieces());
    println!("{:?}", h.spans);
}
