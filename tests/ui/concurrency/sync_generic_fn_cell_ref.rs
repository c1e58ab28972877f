// A `T: Sync` bound rejects a type with interior mutability that is not thread-safe.
use std::cell::Cell;

fn share_everywhere<T: Sync>(value: &T) -> &T {
    value
}

struct Counter {
    hits: Cell<u32>,
}

fn main() {
    let c = Counter { hits: Cell::new(0) };
    let r = share_everywhere(&c);
    r.hits.set(r.hits.get() + 1);
    println!("{}", c.hits.get());
}
