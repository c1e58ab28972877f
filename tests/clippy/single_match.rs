// single_match: a `match` with one interesting arm and an empty `_` arm.

fn checks(o: Option<i32>, r: Result<i32, String>) {
    match o {
        Some(v) => println!("{}", v),
        _ => {}
    }
    match r {
        Ok(v) => {
            println!("ok {}", v);
        }
        _ => (),
    }
}

// Near misses: the other arm does something, more arms, a binding in the wildcard.
fn near(o: Option<i32>, n: i32) {
    match o {
        Some(v) => println!("{}", v),
        None => println!("none"),
    }
    match n {
        1 => println!("one"),
        2 => println!("two"),
        _ => {}
    }
}

#[allow(clippy::single_match)]
fn allowed(o: Option<i32>) {
    match o {
        Some(v) => println!("{}", v),
        _ => {}
    }
}

fn main() {
    checks(Some(1), Ok(2));
    near(None, 3);
    allowed(Some(4));
}
