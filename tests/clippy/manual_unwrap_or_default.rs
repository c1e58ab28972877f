// manual_unwrap_or_default: a `match` giving the type's default for `None`.

fn checks(o: Option<i32>, s: Option<String>) -> (i32, String) {
    let a = match o {
        Some(v) => v,
        None => 0,
    };
    let b = match s {
        Some(v) => v,
        None => String::new(),
    };
    (a, b)
}

fn if_let(o: Option<u8>) -> u8 {
    if let Some(v) = o { v } else { 0 }
}

// Near misses: a non-default value.
fn near(o: Option<i32>) -> i32 {
    match o {
        Some(v) => v,
        None => 1,
    }
}

#[allow(clippy::manual_unwrap_or_default)]
fn allowed(o: Option<i32>) -> i32 {
    match o {
        Some(v) => v,
        None => 0,
    }
}

fn main() {
    println!("{:?} {} {} {}", checks(None, None), if_let(None), near(None), allowed(None));
}
