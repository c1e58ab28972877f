// A type named in a signature and never declared (1.95 reports E0425 for types).
struct Point {
    x: i32,
    y: i32,
}

fn distance(a: &Point, b: &Pointt) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", distance(&p, &p));
}
