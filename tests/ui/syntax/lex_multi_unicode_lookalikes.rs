fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() ⁄ xs.len() as f64
}

fn main() {
    let data = vec![1.0, 2.0, 3.0];
    let m = mean(&data)；
    println!("{}", m);
}
