// into_iter_on_ref: `(&v).into_iter()` is `v.iter()`.

fn checks(v: &Vec<i32>, s: &[i32]) -> i32 {
    v.into_iter().sum::<i32>() + s.into_iter().count() as i32
}

// Near misses: an owned value.
fn near(v: Vec<i32>) -> i32 {
    v.into_iter().sum()
}

#[allow(clippy::into_iter_on_ref)]
fn allowed(s: &[i32]) -> usize {
    s.into_iter().count()
}

fn main() {
    let v = vec![1, 2];
    println!("{} {} {}", checks(&v, &v), near(v.clone()), allowed(&v));
}
