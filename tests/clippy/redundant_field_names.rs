// redundant_field_names: `S { a: a }` is `S { a }`.

struct Point {
    x: i32,
    y: i32,
}

fn checks(x: i32, y: i32) -> Point {
    Point { x: x, y: y }
}

// Near misses: shorthand already, other names.
fn near(x: i32, z: i32) -> Point {
    let p = Point { x, y: z };
    Point { x: p.x + x, y: p.y }
}

#[allow(clippy::redundant_field_names)]
fn allowed(x: i32) -> Point {
    Point { x: x, y: 0 }
}

fn main() {
    let (a, b, c) = (checks(1, 2), near(3, 4), allowed(5));
    println!("{} {} {} {} {} {}", a.x, a.y, b.x, b.y, c.x, c.y);
}
