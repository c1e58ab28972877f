struct Point {
    x: i32,
    y: i32,
}

fn manhattan(p: &Point) -> i32

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", manhattan(&p));
}
