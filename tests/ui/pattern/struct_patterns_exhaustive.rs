// Struct and tuple-struct patterns that cover everything through their fields.
struct Point {
    x: i8,
    y: bool,
}

struct Wrapper(Option<bool>, u8);

fn quadrant(p: Point) -> u8 {
    match p {
        Point { x: 0.., y: true } => 0,
        Point { x: ..0, y: true } => 1,
        Point { y: false, .. } => 2,
    }
}

fn unwrap(w: Wrapper) -> u8 {
    match w {
        Wrapper(Some(true), n) => n,
        Wrapper(Some(false), 0..=9) => 10,
        Wrapper(Some(false), 10..) => 11,
        Wrapper(None, _) => 12,
    }
}

fn main() {
    println!("{} {} {}", quadrant(Point { x: 4, y: true }), quadrant(Point { x: -4, y: true }), quadrant(Point { x: 1, y: false }));
    println!("{} {} {}", unwrap(Wrapper(Some(true), 5)), unwrap(Wrapper(Some(false), 50)), unwrap(Wrapper(None, 1)));
}
