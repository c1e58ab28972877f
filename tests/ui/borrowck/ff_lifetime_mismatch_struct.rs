// Lifetimes that do not line up: a struct holding a borrow, and a method returning the
// wrong reference.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    fn pick<'b>(&self, other: &'b str) -> &'a str {
        if other.len() > self.pos {
            other
        } else {
            self.input
        }
    }
}

fn first_word(s: &str, sep: &str) -> &'static str {
    s.split(sep).next().unwrap_or("")
}

fn main() {
    let p = Parser { input: "hello world", pos: 6 };
    println!("{} {} {}", p.rest(), p.pick("x"), first_word("a b", " "));
}
