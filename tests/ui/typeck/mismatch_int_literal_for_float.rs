// An integer literal where an `f64` is expected (no implicit conversion): E0308.
fn average(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0;
    }
    values.iter().sum::<f64>() / values.len() as f64
}

fn main() {
    println!("{}", average(&[1.0, 2.0]));
}
