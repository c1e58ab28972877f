fn average(xs: &[f64]) -> {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    println!("{}", average(&[1.0, 2.0, 3.0]));
}
