// A `static` must be `Sync`: a `Cell` in a static is rejected.
use std::cell::Cell;

static NEXT_ID: Cell<u32> = Cell::new(1);

fn next_id() -> u32 {
    let id = NEXT_ID.get();
    NEXT_ID.set(id + 1);
    id
}

fn main() {
    println!("{} {}", next_id(), next_id());
}
