fn average(values: &[f64]) -> f64 {
    let sum: f64 = values.iter().sum();
    sum / values.len()
}

fn main() {
    println!("{}", average(&[1.0, 2.0]));
}
