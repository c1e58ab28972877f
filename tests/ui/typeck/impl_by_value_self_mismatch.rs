// The trait takes `self` by value, the impl by reference (E0053).
trait Consume {
    fn consume(self) -> u32;
}

struct Token(u32);

impl Consume for Token {
    fn consume(&self) -> u32 {
        self.0
    }
}

fn main() {
    println!("{}", Token(3).consume());
}
