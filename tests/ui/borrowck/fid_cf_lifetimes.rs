struct Highlighter<'a> {
    text: &'a str,
    marks: Vec<&'a str>,
}

impl<'a> Highlighter<'a> {
    fn new(text: &'a str) -> Self {
        Highlighter { text, marks: Vec::new() }
    }

    fn mark_word(&mut self, word: &str) {
        if let Some(i) = self.text.find(word) {
            self.marks.push(&self.text[i..i + word.len()]);
        }
        self.marks.push(word);
    }
}

fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}

fn first_word(s: &String) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn make_greeting() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let text = String::from("the cat sat");
    let mut h = Highlighter::new(&text);
    h.mark_word("cat");
    let w;
    {
        let owned = String::from("temporary words");
        w = first_word(&owned);
    }
    println!("{} {:?}", w, h.marks);
    println!("{}", longest("a", "bb"));
    let g = make_greeting();
    println!("{}", g);
}
