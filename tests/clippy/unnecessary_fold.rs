// unnecessary_fold: `fold` that is `any`, `all`, `sum` or `product`.

fn checks(v: &[i32]) -> (bool, bool, i32, i32) {
    (
        v.iter().fold(false, |acc, x| acc || *x > 2),
        v.iter().fold(true, |acc, x| acc && *x > 0),
        v.iter().fold(0, |acc, x| acc + x),
        v.iter().fold(1, |acc, x| acc * x),
    )
}

// Near misses.
fn near(v: &[i32]) -> i32 {
    v.iter().fold(5, |acc, x| acc + x)
}

#[allow(clippy::unnecessary_fold)]
fn allowed(v: &[i32]) -> i32 {
    v.iter().fold(0, |acc, x| acc + x)
}

fn main() {
    println!("{:?} {} {}", checks(&[1, 2]), near(&[3]), allowed(&[4]));
}
