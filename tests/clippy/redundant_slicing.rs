// redundant_slicing: `&v[..]` of a slice is `v`.

fn checks<'a>(v: &'a [i32], s: &'a str) -> (&'a [i32], &'a str) {
    (&v[..], &s[..])
}

// Near misses: part of it, a Vec (deref slicing is another lint).
fn near(v: &[i32]) -> &[i32] {
    &v[1..]
}

#[allow(clippy::redundant_slicing)]
fn allowed(v: &[i32]) -> &[i32] {
    &v[..]
}

fn main() {
    println!("{:?} {:?} {:?}", checks(&[1], "s"), near(&[1, 2]), allowed(&[3]));
}
