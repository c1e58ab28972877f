struct Parser<'a> { src: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn word(&mut self) -> &'a str { self.src }
}
fn main() {
    let text = String::from("hello big world");
    let mut p = Parser { src: &text, pos: 0 };
    let a = p.word();
    let b = p.word();
    drop(text);
    println!("{a} {b}");
}
