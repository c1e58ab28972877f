// A field declared twice (E0124), in a struct and in an enum variant; the derives
// (Clone on a Copy type is `*self`) add nothing.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
    x: i32,
}

enum Shape {
    Rect { w: f64, h: f64, w: f64 },
    Dot,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let _ = Shape::Dot;
    println!("{:?}", p);
}
