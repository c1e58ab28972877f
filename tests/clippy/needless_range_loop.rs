// needless_range_loop: `for i in 0..v.len()` that only indexes `v`.

fn only_index(v: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..v.len() {
        s += v[i];
    }
    s
}

fn with_index(v: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..v.len() {
        s += v[i] * i as i32;
    }
    s
}

fn writes(v: &mut Vec<i32>) {
    for i in 0..v.len() {
        v[i] += 1;
    }
}

// Near misses: two vectors indexed, `v` used whole, the index shifted.
fn near(a: &[i32], b: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..a.len() {
        s += a[i] * b[i];
    }
    for i in 0..a.len() {
        s += a[i] + a.len() as i32;
    }
    for i in 1..a.len() {
        s += a[i] - a[i - 1];
    }
    s
}

#[allow(clippy::needless_range_loop)]
fn allowed(v: &[i32]) -> i32 {
    let mut s = 0;
    for i in 0..v.len() {
        s += v[i];
    }
    s
}

fn main() {
    let mut v = vec![1, 2, 3];
    writes(&mut v);
    println!("{} {} {} {}", only_index(&v), with_index(&v), near(&v, &v), allowed(&v));
}
