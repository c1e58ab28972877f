// Calling `FnMut` closures through `&mut` parameters and by value: accepted.
fn apply(values: &[i32], f: &mut dyn FnMut(i32)) {
    for &v in values {
        f(v);
    }
}

fn repeat<F: FnMut() -> i32>(n: usize, mut f: F) -> Vec<i32> {
    (0..n).map(|_| f()).collect()
}

fn main() {
    let mut sum = 0;
    apply(&[1, 2, 3], &mut |v| sum += v);
    let mut c = 0;
    let counts = repeat(3, || {
        c += 1;
        c
    });
    println!("{sum} {:?}", counts);
}
