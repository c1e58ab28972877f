// Wrong numbers of generic arguments on std and local types.
use std::collections::HashMap;

struct Pair<T> {
    a: T,
    b: T,
}

fn lookup(m: &HashMap<String>) -> usize {
    m.len()
}

fn make() -> Pair<i32, i32> {
    Pair { a: 1, b: 2 }
}

fn first(r: Result<i32>) -> i32 {
    r.unwrap_or(0)
}

fn main() {
    let v: Option<i32, i32> = None;
    let p = make();
    println!("{} {} {}", p.a + p.b, v.is_some(), first(Ok(1)));
}
