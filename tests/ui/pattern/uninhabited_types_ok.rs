// Empty types: `Result<T, Infallible>` needs no `Err` arm, an empty enum an empty match,
// `Option<Void>` no `Some` arm, and a `let Ok(..)` is irrefutable.
use std::convert::Infallible;

enum Void {}

fn parse(s: &str) -> Result<usize, Infallible> {
    Ok(s.len())
}

fn get(r: Result<usize, Infallible>) -> usize {
    match r {
        Ok(n) => n,
    }
}

fn absurd(v: Void) -> u8 {
    match v {}
}

fn none(o: Option<Void>) -> u8 {
    match o {
        None => 0,
    }
}

fn main() {
    let Ok(n) = parse("hello");
    println!("{} {}", n, get(parse("hi")));
    println!("{}", none(None));
    let _ = absurd;
}
