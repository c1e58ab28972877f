// Impl methods that match their trait: associated types in signatures, generic methods
// with the same bounds, lifetimes, `Self` in arguments, defaults left out.
use std::fmt::Display;

trait Parser {
    type Output;
    fn parse(&self, input: &str) -> Option<Self::Output>;
    fn parse_all<'a>(&self, inputs: &[&'a str]) -> Vec<Option<Self::Output>> {
        inputs.iter().map(|s| self.parse(s)).collect()
    }
}

trait Show {
    fn show<T: Display>(&self, extra: T) -> String;
    fn longest<'a>(&self, a: &'a str, b: &'a str) -> &'a str;
    fn same(&self, other: &Self) -> bool;
}

struct IntParser;

impl Parser for IntParser {
    type Output = i64;
    fn parse(&self, input: &str) -> Option<i64> {
        input.trim().parse().ok()
    }
}

#[derive(PartialEq)]
struct Name(String);

impl Show for Name {
    fn show<U: Display>(&self, extra: U) -> String {
        format!("{} {}", self.0, extra)
    }
    fn longest<'x>(&self, a: &'x str, b: &'x str) -> &'x str {
        if a.len() >= b.len() { a } else { b }
    }
    fn same(&self, other: &Name) -> bool {
        self == other
    }
}

fn main() {
    println!("{:?}", IntParser.parse_all(&["1", "x"]));
    let n = Name(String::from("n"));
    println!("{} {} {}", n.show(3), n.longest("ab", "c"), n.same(&Name(String::from("n"))));
}
