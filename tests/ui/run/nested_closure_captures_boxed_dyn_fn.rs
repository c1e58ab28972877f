fn fold_with(op: fn(i64, i64) -> i64, init: i64) -> Box<dyn Fn(&[i64]) -> Option<i64>> {
    Box::new(move |xs| Some(xs.iter().fold(init, |acc, &x| op(acc, x))))
}
fn add(a: i64, b: i64) -> i64 { a + b }
fn main() {
    println!("{:?}", fold_with(add, 1)(&[1, 2, 3]));
}
