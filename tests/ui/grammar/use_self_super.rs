// `use self::`, `use super::*`, and `use crate::` inside a small parser crate layout.

mod ast {
    #[derive(Debug, Clone, PartialEq)]
    pub enum Node {
        Int(i64),
        List(Vec<Node>),
    }
}

mod parser {
    use crate::ast::Node;
    use self::cursor::Cursor;

    mod cursor {
        pub struct Cursor<'a> {
            pub chars: std::iter::Peekable<std::str::Chars<'a>>,
        }
    }

    pub fn parse(src: &str) -> Result<Node, String> {
        let mut cur = Cursor { chars: src.chars().peekable() };
        let node = value(&mut cur)?;
        skip_ws(&mut cur);
        match cur.chars.next() {
            None => Ok(node),
            Some(c) => Err(format!("trailing {:?}", c)),
        }
    }

    fn skip_ws(cur: &mut Cursor) {
        while cur.chars.peek().map_or(false, |c| c.is_whitespace()) {
            cur.chars.next();
        }
    }

    fn value(cur: &mut Cursor) -> Result<Node, String> {
        skip_ws(cur);
        match cur.chars.peek().copied() {
            Some('[') => {
                cur.chars.next();
                let mut items = Vec::new();
                loop {
                    skip_ws(cur);
                    if cur.chars.peek() == Some(&']') {
                        cur.chars.next();
                        return Ok(Node::List(items));
                    }
                    items.push(value(cur)?);
                    skip_ws(cur);
                    if cur.chars.peek() == Some(&',') {
                        cur.chars.next();
                    }
                }
            }
            Some(c) if c.is_ascii_digit() || c == '-' => {
                let mut s = String::new();
                while let Some(&d) = cur.chars.peek().filter(|d| d.is_ascii_digit() || **d == '-') {
                    s.push(d);
                    cur.chars.next();
                }
                s.parse().map(Node::Int).map_err(|_| format!("bad int {:?}", s))
            }
            other => Err(format!("unexpected {:?}", other)),
        }
    }

    pub mod tests_like {
        use super::*;

        pub fn sum(n: &Node) -> i64 {
            match n {
                Node::Int(i) => *i,
                Node::List(xs) => xs.iter().map(sum).sum(),
            }
        }

        pub fn check(src: &str) -> String {
            match parse(src) {
                Ok(n) => format!("{:?} (sum {})", n, sum(&n)),
                Err(e) => format!("error: {}", e),
            }
        }
    }
}

use parser::tests_like::check;

fn main() {
    for src in ["42", "[1, 2, [3, -4]]", "[]", "[1 2", "[1,,x]", "7 8", "[--1]"] {
        println!("{:<16} => {}", src, check(src));
    }
}
