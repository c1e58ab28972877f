// filter_next: `.filter(p).next()` is `.find(p)`.

fn checks(v: &[i32]) -> Option<&i32> {
    v.iter().filter(|x| **x > 2).next()
}

// Near misses: `find` already, `filter` then something else.
fn near(v: &[i32]) -> (Option<&i32>, usize) {
    (v.iter().find(|x| **x > 2), v.iter().filter(|x| **x > 2).count())
}

#[allow(clippy::filter_next)]
fn allowed(v: &[i32]) -> Option<&i32> {
    v.iter().filter(|x| **x == 1).next()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?} {:?} {:?}", checks(&v), near(&v), allowed(&v));
}
