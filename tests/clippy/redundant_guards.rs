// redundant_guards: `Some(x) if x == 1` is the pattern `Some(1)`.

fn checks(o: Option<i32>, n: i32) -> i32 {
    let a = match o {
        Some(x) if x == 1 => 1,
        _ => 0,
    };
    let b = match n {
        y if y == 5 => 2,
        _ => 3,
    };
    a + b
}

// Near misses: the binding is used in the arm, another comparison.
fn near(o: Option<i32>) -> i32 {
    match o {
        Some(x) if x == 1 => x,
        Some(x) if x > 2 => 2,
        _ => 0,
    }
}

#[allow(clippy::redundant_guards)]
fn allowed(o: Option<i32>) -> i32 {
    match o {
        Some(x) if x == 7 => 7,
        _ => 0,
    }
}

fn main() {
    println!("{} {} {}", checks(Some(1), 5), near(Some(3)), allowed(None));
}
