// Default binding modes through several references, exhaustively.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
    Empty,
}

fn area(s: &&Shape) -> u32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn first(v: &[Option<&Shape>]) -> u32 {
    match v {
        [Some(Shape::Rect { w, .. }), ..] => *w,
        [Some(&Shape::Circle(r)), ..] => r,
        [Some(Shape::Empty) | None, ..] => 1,
        [] => 0,
    }
}

fn main() {
    let shapes = [Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty];
    for s in &shapes {
        println!("{:?} {}", s, area(&s));
    }
    println!("{}", first(&[Some(&shapes[1]), None]));
    println!("{}", first(&[None]));
    println!("{}", first(&[]));
}
