// iter_skip_next: `.skip(n).next()` is `.nth(n)`.

fn checks(v: &[i32], n: usize) -> (Option<&i32>, Option<char>) {
    (v.iter().skip(2).next(), "abc".chars().skip(n).next())
}

// Near misses.
fn near(v: &[i32]) -> (Option<&i32>, usize) {
    (v.iter().nth(1), v.iter().skip(1).count())
}

#[allow(clippy::iter_skip_next)]
fn allowed(v: &[i32]) -> Option<&i32> {
    v.iter().skip(1).next()
}

fn main() {
    println!("{:?} {:?} {:?}", checks(&[1, 2, 3], 1), near(&[1]), allowed(&[2]));
}
