// match_like_matches_macro: a `match` (or `if let`) returning `true`/`false` is `matches!`.

#[derive(Clone, Copy)]
enum Shape {
    Circle,
    Square,
    Line(i32),
}

fn checks(s: Shape, n: i32) -> [bool; 3] {
    let a = match s {
        Shape::Circle => true,
        _ => false,
    };
    let b = match n {
        1 | 2 => true,
        _ => false,
    };
    let c = if let Shape::Line(_) = s { true } else { false };
    [a, b, c]
}

// Near misses: more arms, non-bool arms.
fn near(s: Shape) -> [i32; 1] {
    let a = match s {
        Shape::Circle => 1,
        _ => 0,
    };
    [a]
}

#[allow(clippy::match_like_matches_macro)]
fn allowed(s: Shape) -> bool {
    match s {
        Shape::Square => true,
        _ => false,
    }
}

fn width(s: Shape) -> i32 {
    if let Shape::Line(w) = s {
        w
    } else {
        0
    }
}

fn main() {
    println!("{:?} {:?} {}", checks(Shape::Circle, 1), near(Shape::Square), allowed(Shape::Line(1)));
    println!("{}", width(Shape::Line(2)));
}
