// `Iterator<Output = ...>`: `Iterator` has no `Output`, and the parameter is then no iterator: E0220, E0277.
fn sum_all(it: impl Iterator<Output = i32>) -> i32 {
    let mut total = 0;
    for x in it {
        total += x;
    }
    total
}

fn main() {
    println!("{}", sum_all(vec![1, 2].into_iter()));
}
