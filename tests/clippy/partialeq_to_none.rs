// partialeq_to_none: `x == None` is `x.is_none()`.

fn checks(o: Option<i32>, p: Option<&str>) -> [bool; 3] {
    [o == None, None == p, o != None]
}

// Near misses.
fn near(o: Option<i32>) -> [bool; 2] {
    [o == Some(1), o.is_none()]
}

#[allow(clippy::partialeq_to_none)]
fn allowed(o: Option<i32>) -> bool {
    o == None
}

fn main() {
    println!("{:?} {:?} {}", checks(None, Some("a")), near(Some(1)), allowed(None));
}
