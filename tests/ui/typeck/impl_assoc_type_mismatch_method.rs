// An impl whose method signature contradicts its own associated type: E0053.
trait Parser {
    type Output;
    fn parse(&self, input: &str) -> Option<Self::Output>;
}

struct IntParser;

impl Parser for IntParser {
    type Output = i64;
    fn parse(&self, input: &str) -> Option<i32> {
        input.trim().parse().ok()
    }
}

fn main() {
    println!("{:?}", IntParser.parse(" 42 "));
}
