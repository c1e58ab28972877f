// needless_bool: `if c { true } else { false }` is `c`.

fn checks(x: i32) -> [bool; 2] {
    [if x > 3 { true } else { false }, if x == 1 { false } else { true }]
}

// Near misses: not both literals, same literal twice is another lint.
fn near(x: i32, b: bool) -> [bool; 2] {
    [if x > 3 { b } else { false }, if x > 1 { true } else { b }]
}

#[allow(clippy::needless_bool)]
fn allowed(x: i32) -> bool {
    if x < 0 { true } else { false }
}

fn main() {
    println!("{:?} {:?} {}", checks(1), near(2, true), allowed(3));
}
