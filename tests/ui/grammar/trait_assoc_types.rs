// Associated types with bounds: a generic container and parser abstraction.
use std::fmt::Debug;

trait Container {
    type Item: Debug + Clone;
    type Iter<'a>: Iterator<Item = &'a Self::Item>
    where
        Self: 'a;

    fn items<'a>(&'a self) -> Self::Iter<'a>;
    fn insert(&mut self, item: Self::Item);

    fn first_cloned(&self) -> Option<Self::Item> {
        self.items().next().cloned()
    }
}

#[derive(Debug, Default)]
struct Bag {
    things: Vec<String>,
}

impl Container for Bag {
    type Item = String;
    type Iter<'a> = std::slice::Iter<'a, String>;

    fn items<'a>(&'a self) -> Self::Iter<'a> {
        self.things.iter()
    }
    fn insert(&mut self, item: String) {
        self.things.push(item);
    }
}

trait Parser {
    type Output: Debug;
    type Error: Debug;
    fn parse(&self, input: &str) -> Result<Self::Output, Self::Error>;
}

struct IntParser;
struct ListParser<P> {
    inner: P,
}

impl Parser for IntParser {
    type Output = i64;
    type Error = String;
    fn parse(&self, input: &str) -> Result<i64, String> {
        input.trim().parse().map_err(|_| format!("bad int {:?}", input))
    }
}

impl<P: Parser> Parser for ListParser<P> {
    type Output = Vec<P::Output>;
    type Error = (usize, P::Error);
    fn parse(&self, input: &str) -> Result<Self::Output, Self::Error> {
        input
            .split(',')
            .enumerate()
            .map(|(i, part)| self.inner.parse(part).map_err(|e| (i, e)))
            .collect()
    }
}

fn dump<C>(c: &C) -> Vec<C::Item>
where
    C: Container,
{
    c.items().cloned().collect()
}

fn run<P: Parser>(p: &P, input: &str)
where
    P::Output: Debug,
{
    println!("{:?} -> {:?}", input, p.parse(input));
}

fn main() {
    let mut bag = Bag::default();
    bag.insert("apple".into());
    bag.insert("pear".into());
    println!("first: {:?}", bag.first_cloned());
    println!("all: {:?}", dump(&bag));

    run(&IntParser, " 42 ");
    run(&IntParser, "x");
    let lp = ListParser { inner: IntParser };
    run(&lp, "1, 2,3");
    run(&lp, "1,two,3");
    let nested = ListParser { inner: ListParser { inner: IntParser } };
    let r: Result<Vec<Vec<i64>>, (usize, (usize, String))> = nested.parse("5");
    println!("nested: {:?}", r);
}
