// `#[derive(Copy)]` and a hand-written `impl Copy`: the derived impl is the conflicting one.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Copy for Point {}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{:?}", p);
}
