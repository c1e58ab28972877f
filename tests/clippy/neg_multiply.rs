// neg_multiply: `x * -1` is `-x`.

fn checks(x: i32, y: f64) -> (i32, i32, f64) {
    (x * -1, -1 * x, y * -1.0)
}

// Near misses.
fn near(x: i32) -> (i32, i32) {
    (x * -2, x * 1)
}

#[allow(clippy::neg_multiply)]
fn allowed(x: i32) -> i32 {
    x * -1
}

fn main() {
    println!("{:?} {:?} {}", checks(1, 2.0), near(3), allowed(4));
}
