struct Parser<'a> { src: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn next_word(&mut self) -> &'a str {
        let start = self.pos;
        while self.pos < self.src.len() && &self.src[self.pos..self.pos + 1] != " " { self.pos += 1; }
        let w = &self.src[start..self.pos];
        self.pos += 1;
        w
    }
}
fn main() {
    let text = String::from("hello big world");
    let mut p = Parser { src: &text, pos: 0 };
    let a = p.next_word();
    let b = p.next_word();
    drop(text);
    println!("{a} {b}");
}
