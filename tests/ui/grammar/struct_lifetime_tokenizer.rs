// A tokenizer whose tokens borrow slices of the input string.

#[derive(Debug, PartialEq, Clone, Copy)]
enum Kind {
    Ident,
    Number,
    Symbol,
}

#[derive(Debug, Clone, Copy)]
struct Token<'src> {
    kind: Kind,
    text: &'src str,
    offset: usize,
}

struct Lexer<'src> {
    src: &'src str,
    pos: usize,
}

impl<'src> Lexer<'src> {
    fn new(src: &'src str) -> Self {
        Lexer { src, pos: 0 }
    }

    fn take_while(&mut self, pred: impl Fn(char) -> bool) -> &'src str {
        let start = self.pos;
        while let Some(c) = self.src[self.pos..].chars().next() {
            if !pred(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Token<'src>;

    fn next(&mut self) -> Option<Token<'src>> {
        self.take_while(char::is_whitespace);
        let offset = self.pos;
        let c = self.src[self.pos..].chars().next()?;
        let (kind, text) = if c.is_alphabetic() || c == '_' {
            (Kind::Ident, self.take_while(|c| c.is_alphanumeric() || c == '_'))
        } else if c.is_ascii_digit() {
            (Kind::Number, self.take_while(|c| c.is_ascii_digit()))
        } else {
            self.pos += c.len_utf8();
            (Kind::Symbol, &self.src[offset..self.pos])
        };
        Some(Token { kind, text, offset })
    }
}

struct Longest<'a> {
    best: Option<Token<'a>>,
}

impl<'a> Longest<'a> {
    fn feed(&mut self, t: Token<'a>) {
        match self.best {
            Some(b) if b.text.len() >= t.text.len() => {}
            _ => self.best = Some(t),
        }
    }
}

fn main() {
    let source = String::from("let total_sum = price * 12 + tax_rate;");
    let tokens: Vec<Token> = Lexer::new(&source).collect();
    for t in &tokens {
        println!("{:>2} {:<6} {:?}", t.offset, format!("{:?}", t.kind), t.text);
    }
    let mut longest = Longest { best: None };
    for t in tokens.iter().copied().filter(|t| t.kind == Kind::Ident) {
        longest.feed(t);
    }
    println!("longest ident: {:?}", longest.best.map(|t| t.text));
    let numbers = tokens.iter().filter(|t| t.kind == Kind::Number).count();
    println!("numbers: {}", numbers);
}
