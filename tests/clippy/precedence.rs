// precedence: mixing shifts with arithmetic without parentheses.

fn checks(x: i32) -> [i32; 3] {
    [1 << x + 3, x + 1 << 2, (x & 3) << x - 1]
}

// Near misses: parenthesized, or same kind of operators.
fn near(x: i32) -> [i32; 3] {
    [1 << (x + 3), (x + 1) << 2, x + 2 * 3]
}

#[allow(clippy::precedence)]
fn allowed(x: i32) -> i32 {
    1 << x + 1
}

fn main() {
    println!("{:?} {:?} {}", checks(1), near(1), allowed(1));
}
