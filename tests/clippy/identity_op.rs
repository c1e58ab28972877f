// identity_op: `x + 0`, `x * 1`, `x / 1`, `x | 0` do nothing.

fn checks(x: i32, y: u32) -> [i64; 5] {
    [(x + 0) as i64, (1 * x) as i64, (x / 1) as i64, (y | 0) as i64, (0 + y) as i64]
}

// Near misses.
fn near(x: i32) -> [i32; 3] {
    [x + 1, x * 2, x - 1]
}

#[allow(clippy::identity_op)]
fn allowed(x: i32) -> i32 {
    x * 1
}

fn main() {
    println!("{:?} {:?} {}", checks(1, 2), near(3), allowed(4));
}
