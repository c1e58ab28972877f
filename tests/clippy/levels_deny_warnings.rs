//@ flags: -D warnings
// `-D warnings` turns every warning into an error; deny-by-default lints stay errors.

fn ret(x: i32) -> i32 {
    return x + 1;
}

fn empty(v: &[i32]) -> bool {
    v.len() == 0
}

#[allow(clippy::len_zero)]
fn allowed(v: &[i32]) -> bool {
    v.len() == 0
}

fn main() {
    println!("{} {} {}", ret(1), empty(&[]), allowed(&[1]));
}
