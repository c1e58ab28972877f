// manual_range_contains: `x >= a && x < b` is `(a..b).contains(&x)`.

fn checks(x: i32, y: u8) -> [bool; 4] {
    [x >= 1 && x <= 10, x >= 1 && x < 10, y > 3 && y < 9, 5 <= x && x < 20]
}

// Near misses: different variables, `||`, one bound.
fn near(x: i32, z: i32) -> [bool; 3] {
    [x >= 1 && z <= 10, x >= 1 || x <= 10, x >= 1]
}

#[allow(clippy::manual_range_contains)]
fn allowed(x: i32) -> bool {
    x >= 0 && x < 3
}

fn main() {
    println!("{:?} {:?} {}", checks(3, 4), near(1, 2), allowed(1));
}
