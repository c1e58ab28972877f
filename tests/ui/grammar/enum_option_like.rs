// A generic Option-like enum with combinators, plus a Result-like Outcome.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

use Maybe::{Just, Nothing};

impl<T> Maybe<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Maybe<U> {
        match self {
            Just(v) => Just(f(v)),
            Nothing => Nothing,
        }
    }

    fn and_then<U>(self, f: impl FnOnce(T) -> Maybe<U>) -> Maybe<U> {
        match self {
            Just(v) => f(v),
            Nothing => Nothing,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            Just(v) => v,
            Nothing => default,
        }
    }

    fn is_just(&self) -> bool {
        matches!(self, Just(_))
    }
}

#[derive(Debug)]
enum Outcome<T, E> {
    Done(T),
    Failed(E),
}

fn checked_div(a: i32, b: i32) -> Maybe<i32> {
    if b == 0 { Nothing } else { Just(a / b) }
}

fn parse_pair(s: &str) -> Outcome<(i32, i32), String> {
    let mut parts = s.split('/');
    match (parts.next(), parts.next()) {
        (Some(a), Some(b)) => match (a.trim().parse(), b.trim().parse()) {
            (Ok(x), Ok(y)) => Outcome::Done((x, y)),
            _ => Outcome::Failed(format!("not numbers: {:?}", s)),
        },
        _ => Outcome::Failed(format!("no slash: {:?}", s)),
    }
}

fn main() {
    let inputs = ["84 / 2", "10/0", "x/3", "17"];
    for s in inputs {
        match parse_pair(s) {
            Outcome::Done((a, b)) => {
                let q = checked_div(a, b);
                let doubled = q.map(|v| v * 2);
                let halved = q.and_then(|v| checked_div(v, 2));
                println!("{:>8}: q={:?} doubled={:?} halved={:?} or={}", s, q, doubled, halved, q.unwrap_or(-1));
            }
            Outcome::Failed(msg) => println!("{:>8}: error {}", s, msg),
        }
    }
    let all: Vec<Maybe<u8>> = vec![Just(1), Nothing, Just(3)];
    let count = all.iter().filter(|m| m.is_just()).count();
    println!("{} of {} are Just", count, all.len());
}
