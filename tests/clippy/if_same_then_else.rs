// if_same_then_else: both branches of an `if` are the same.

fn checks(x: bool, n: i32) -> (i32, i32) {
    let a = if x { 1 } else { 1 };
    let b = if n > 2 { n + 1 } else { n + 1 };
    (a, b)
}

// Near misses.
fn near(x: bool) -> i32 {
    if x { 1 } else { 2 }
}

#[allow(clippy::if_same_then_else)]
fn allowed(x: bool) -> i32 {
    if x { 3 } else { 3 }
}

fn main() {
    println!("{:?} {} {}", checks(true, 1), near(false), allowed(true));
}
