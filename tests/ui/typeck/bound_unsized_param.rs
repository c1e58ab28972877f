// A function parameter of type `[i32]` (unsized) instead of `&[i32]`: E0277.
fn sum(values: [i32]) -> i32 {
    let mut s = 0;
    for v in &values {
        s += v;
    }
    s
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", sum(v[..]));
}
