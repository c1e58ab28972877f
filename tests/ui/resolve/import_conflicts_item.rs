// An import and a local item with the same name: E0255.
use std::collections::HashMap;

struct HashMap {
    size: usize,
}

fn main() {
    let m = HashMap { size: 0 };
    println!("{}", m.size);
}
