// A tuple-variant pattern written with braces and a made-up field name: E0769.
enum Token {
    Number(i64),
    Word(String),
}

fn show(t: &Token) {
    match t {
        Token::Number { value } => println!("{value}"),
        Token::Word(w) => println!("{w}"),
    }
}

fn main() {
    show(&Token::Number(3));
}
