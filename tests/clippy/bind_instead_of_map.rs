// bind_instead_of_map: `.and_then(|x| Some(y))` is `.map(|x| y)`.

fn checks(o: Option<i32>) -> Option<i32> {
    o.and_then(|x| Some(x + 1))
}

// Near misses: the closure can return `None`.
fn near(o: Option<i32>) -> Option<i32> {
    o.and_then(|x| if x > 0 { Some(x) } else { None })
}

#[allow(clippy::bind_instead_of_map)]
fn allowed(o: Option<i32>) -> Option<i32> {
    o.and_then(|x| Some(x * 2))
}

fn main() {
    println!("{:?} {:?} {:?}", checks(Some(1)), near(Some(-1)), allowed(None));
}
