// Using a struct without `Hash`/`Eq` as a `HashMap` key: E0277.
use std::collections::HashMap;

#[derive(Debug)]
struct Coord {
    x: i32,
    y: i32,
}

fn main() {
    let mut grid = HashMap::new();
    grid.insert(Coord { x: 0, y: 0 }, "origin");
    println!("{}", grid.len());
}
