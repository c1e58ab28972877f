use std.collections.HashSet;

fn main() {
    let mut seen = std::collections::HashSet::new();
    seen.insert(3);
    println!("{}", seen.len());
}
