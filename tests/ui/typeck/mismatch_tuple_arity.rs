// A tuple with the wrong number of elements for its annotation: E0308.
fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    (lo, hi, v.len())
}

fn main() {
    println!("{:?}", min_max(&[4, 1, 9]));
}
