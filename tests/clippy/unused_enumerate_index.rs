// unused_enumerate_index: `for (_, x) in it.enumerate()` drops the index.

fn checks(v: &[i32]) -> i32 {
    let mut s = 0;
    for (_, x) in v.iter().enumerate() {
        s += x;
    }
    s
}

// Near misses: the index is used.
fn near(v: &[i32]) -> usize {
    let mut s = 0;
    for (i, _) in v.iter().enumerate() {
        s += i;
    }
    s
}

#[allow(clippy::unused_enumerate_index)]
fn allowed(v: &[i32]) -> i32 {
    let mut s = 0;
    for (_, x) in v.iter().enumerate() {
        s += x;
    }
    s
}

fn main() {
    println!("{} {} {}", checks(&[1]), near(&[2]), allowed(&[3]));
}
