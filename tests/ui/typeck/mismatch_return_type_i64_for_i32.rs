// Returning an `i64` from a function declared to return `i32`: E0308.
fn total_bytes(sizes: &[i64]) -> i32 {
    let mut sum: i64 = 0;
    for s in sizes {
        sum += s;
    }
    sum
}

fn main() {
    println!("{}", total_bytes(&[10, 20, 30]));
}
