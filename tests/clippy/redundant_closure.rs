// redundant_closure: `|x| f(x)` is `f`.

fn double(x: i32) -> i32 {
    x * 2
}

fn checks(v: &[i32], o: Option<i32>) -> (Vec<i32>, Option<i32>) {
    (v.iter().map(|x| double(*x)).collect(), o.map(|x| double(x)))
}

// Near misses: the argument is changed, more arguments.
fn near(o: Option<i32>) -> (Option<i32>, Option<i32>) {
    (o.map(|x| double(x + 1)), o.map(|x| x.pow(2)))
}

#[allow(clippy::redundant_closure)]
fn allowed(o: Option<i32>) -> Option<i32> {
    o.map(|x| double(x))
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", checks(&[1], Some(2)), near(Some(3)), allowed(None), methods(&[4]));
}

fn methods(v: &[i32]) -> Vec<String> {
    v.iter().map(|x| ToString::to_string(x)).collect()
}
