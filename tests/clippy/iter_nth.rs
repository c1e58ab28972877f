// iter_nth: `.iter().nth(n)` on a slice or Vec is `.get(n)`.

fn checks(v: &[i32], w: &Vec<i32>, n: usize) -> (Option<i32>, Option<i32>) {
    (v.iter().nth(n).copied(), w.iter().nth(2).copied())
}

// Near misses: another iterator, `get` already.
fn near(s: &str, v: &[i32]) -> (Option<char>, Option<i32>) {
    (s.chars().nth(1), v.get(1).copied())
}

#[allow(clippy::iter_nth)]
fn allowed(v: &[i32]) -> Option<i32> {
    v.iter().nth(3).copied()
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?} {:?} {:?}", checks(&v, &v, 1), near("ab", &v), allowed(&v));
}
