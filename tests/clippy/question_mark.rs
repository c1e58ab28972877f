// question_mark: `if x.is_none() { return None; }` is `x?;`.

fn checks(o: Option<i32>) -> Option<i32> {
    if o.is_none() {
        return None;
    }
    Some(1)
}

fn with_let(o: Option<i32>) -> Option<i32> {
    let Some(v) = o else {
        return None;
    };
    Some(v + 1)
}

// Near misses: returns something else, has an else.
fn near(o: Option<i32>) -> Option<i32> {
    if o.is_none() {
        return Some(0);
    }
    if o.is_none() {
        println!("none");
    } else {
        println!("some");
    }
    o
}

#[allow(clippy::question_mark)]
fn allowed(o: Option<i32>) -> Option<i32> {
    if o.is_none() {
        return None;
    }
    o
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", checks(Some(1)), with_let(None), near(Some(2)), allowed(None));
}
