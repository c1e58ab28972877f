// Passing a reference where the function takes the value: E0308.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn manhattan(p: Point) -> i32 {
    p.x.abs() + p.y.abs()
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", manhattan(&p));
}
