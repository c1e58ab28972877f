// needless_match: a `match` that rebuilds its scrutinee.

fn checks(o: Option<i32>, r: Result<i32, String>) -> (Option<i32>, Result<i32, String>) {
    let a = match o {
        Some(v) => Some(v),
        None => None,
    };
    let b = match r {
        Ok(v) => Ok(v),
        Err(e) => Err(e),
    };
    (a, b)
}

// Near misses: a changed value.
fn near(o: Option<i32>) -> Option<i32> {
    match o {
        Some(v) => Some(v + 1),
        None => None,
    }
}

fn main() {
    println!("{:?} {:?}", checks(Some(1), Ok(2)), near(None));
}
