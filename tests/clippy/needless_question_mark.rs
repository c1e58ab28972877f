// needless_question_mark: `Some(x?)` is `x`.

fn checks(o: Option<i32>) -> Option<i32> {
    Some(o?)
}

fn results(r: Result<i32, String>) -> Result<i32, String> {
    Ok(r?)
}

// Near misses: the value is changed, the error type converts.
fn near(o: Option<i32>) -> Option<i32> {
    Some(o? + 1)
}

#[allow(clippy::needless_question_mark)]
fn allowed(o: Option<i32>) -> Option<i32> {
    Some(o?)
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", checks(None), results(Ok(1)), near(Some(2)), allowed(None));
}
