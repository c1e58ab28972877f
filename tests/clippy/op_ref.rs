// op_ref: `&a == &b` compares the values.

fn checks(a: i32, b: i32) -> [bool; 2] {
    [&a == &b, &a < &b]
}

// Near misses: one side only is a borrow of a non-Copy value; no borrows.
fn near(a: i32, b: i32) -> [bool; 1] {
    [a == b]
}

#[allow(clippy::op_ref)]
fn allowed(a: i32, b: i32) -> bool {
    &a != &b
}

fn main() {
    println!("{:?} {:?} {}", checks(1, 2), near(1, 2), allowed(1, 2));
}
