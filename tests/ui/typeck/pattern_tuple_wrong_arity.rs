// A tuple pattern with fewer elements than the tuple: E0308.
fn stats(v: &[f64]) -> (f64, f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    (mean, n, 0.0)
}

fn main() {
    let (mean, count) = stats(&[1.0, 2.0]);
    println!("{mean} {count}");
}
