// An enum variant holding a reference without a lifetime parameter: E0106.
enum Token {
    Word(&str),
    Number(i64),
}

fn main() {
    let t = Token::Number(3);
    if let Token::Number(n) = t {
        println!("{n}");
    }
}
