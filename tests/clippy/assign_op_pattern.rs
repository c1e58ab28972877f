// assign_op_pattern: `a = a + b` is `a += b`.

fn checks(mut a: i32, b: i32) -> i32 {
    a = a + b;
    a = a * 2;
    a = a - 1;
    a = b + a;
    a
}

// Near misses: a different target, a non-commutative operator reversed.
fn near(mut a: i32, b: i32) -> i32 {
    a = 1 - a;
    let c = b + a;
    a = c + b;
    a
}

#[allow(clippy::assign_op_pattern)]
fn allowed(mut a: i32) -> i32 {
    a = a + 1;
    a
}

fn main() {
    println!("{} {} {}", checks(1, 2), near(3, 4), allowed(5));
}
