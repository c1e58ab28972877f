// A struct with a lifetime parameter holding a `&str` slice of its input.
struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let len = rest_trim.find(' ').unwrap_or(rest_trim.len());
        self.pos = start + len;
        Some(&self.src[start..start + len])
    }
}

fn main() {
    let text = String::from("let x = 42 ;");
    let mut t = Tokenizer { src: &text, pos: 0 };
    let mut toks = Vec::new();
    while let Some(tok) = t.next_token() {
        toks.push(tok);
    }
    println!("{:?}", toks);
}
