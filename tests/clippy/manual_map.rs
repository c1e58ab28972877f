// manual_map: `match o { Some(v) => Some(f(v)), None => None }` is `o.map(..)`.

fn checks(o: Option<i32>) -> Option<i32> {
    match o {
        Some(v) => Some(v + 1),
        None => None,
    }
}

fn if_let(o: Option<i32>) -> Option<i32> {
    if let Some(v) = o { Some(v * 2) } else { None }
}

// Near misses: the None arm makes a value, a guard.
fn near(o: Option<i32>) -> Option<i32> {
    match o {
        Some(v) => Some(v + 1),
        None => Some(0),
    }
}

#[allow(clippy::manual_map)]
fn allowed(o: Option<i32>) -> Option<i32> {
    match o {
        Some(v) => Some(v - 1),
        None => None,
    }
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", checks(Some(1)), if_let(None), near(None), allowed(Some(2)));
}
