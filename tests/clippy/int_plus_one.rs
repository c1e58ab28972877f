// int_plus_one: `x >= y + 1` is `x > y`.

fn checks(x: i32, y: i32) -> [bool; 4] {
    [x >= y + 1, y + 1 <= x, x - 1 >= y, y <= x - 1]
}

// Near misses.
fn near(x: i32, y: i32) -> [bool; 3] {
    [x > y + 1, x >= y + 2, x >= y]
}

#[allow(clippy::int_plus_one)]
fn allowed(x: i32, y: i32) -> bool {
    x >= y + 1
}

fn main() {
    println!("{:?} {:?} {}", checks(1, 2), near(1, 2), allowed(1, 2));
}
