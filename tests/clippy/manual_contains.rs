// manual_contains: `.iter().any(|x| *x == v)` on a slice is `.contains(&v)`.

fn checks(v: &[i32], n: i32) -> (bool, bool) {
    (v.iter().any(|x| *x == 2), v.iter().any(|x| n == *x))
}

// Near misses: another comparison, `find`.
fn near(v: &[i32]) -> (bool, Option<&i32>) {
    (v.iter().any(|x| *x > 2), v.iter().find(|x| **x == 2))
}

#[allow(clippy::manual_contains)]
fn allowed(v: &[i32]) -> bool {
    v.iter().any(|x| *x == 1)
}

fn main() {
    println!("{:?} {:?} {}", checks(&[1, 2], 3), near(&[2]), allowed(&[1]));
}
