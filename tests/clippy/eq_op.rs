// eq_op: both operands of a comparison or logical operator are the same (deny by default).

fn checks(x: i32, b: bool) -> [bool; 3] {
    [x == x, b == b, x < x]
}

// Near misses.
fn near(x: i32, y: i32) -> [bool; 2] {
    [x == y, x + 1 == x + 2]
}

#[allow(clippy::eq_op)]
fn allowed(x: i32) -> bool {
    x != x
}

fn main() {
    println!("{:?} {:?} {}", checks(1, true), near(1, 2), allowed(3));
}
