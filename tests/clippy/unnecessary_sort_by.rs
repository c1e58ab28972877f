// unnecessary_sort_by: `sort_by(|a, b| a.cmp(b))` is `sort()`.

fn checks(mut v: Vec<i32>, mut w: Vec<u8>) -> (Vec<i32>, Vec<u8>) {
    v.sort_by(|a, b| a.cmp(b));
    w.sort_unstable_by(|x, y| x.cmp(y));
    (v, w)
}

// Near misses: another order.
fn near(mut v: Vec<i32>) -> Vec<i32> {
    v.sort_by(|a, b| (a % 3).cmp(&(b % 3)).then(a.cmp(b)));
    v
}

#[allow(clippy::unnecessary_sort_by)]
fn allowed(mut v: Vec<i32>) -> Vec<i32> {
    v.sort_by(|a, b| a.cmp(b));
    v
}

fn main() {
    println!("{:?} {:?} {:?}", checks(vec![2, 1], vec![3]), near(vec![4, 5]), allowed(vec![6]));
}
