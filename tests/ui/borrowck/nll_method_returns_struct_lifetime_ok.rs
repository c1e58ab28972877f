// A method returning data of the struct's lifetime (not of `&mut self`) lets the struct
// be used again while the returned words live on.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.src.len() - rest.len();
        let end = rest.find(' ').map(|i| start + i).unwrap_or(self.src.len());
        self.pos = end;
        Some(&self.src[start..end])
    }

    fn peek(&self) -> &'a str {
        &self.src[self.pos..]
    }
}

fn main() {
    let text = String::from("one two three");
    let mut p = Parser { src: &text, pos: 0 };
    let a = p.next_word().unwrap();
    let b = p.next_word().unwrap();
    let rest = p.peek();
    let c = p.next_word();
    println!("{a} {b} [{rest}] {c:?}");
}
