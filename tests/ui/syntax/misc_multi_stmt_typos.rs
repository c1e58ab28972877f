fn scale(x: f64) -> f64 {
    let factor = 2.0
    x * factor
}

fn accumulate(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total =+ *v;
    }
    total
}

fn main() {
    println!("{} {}", scale(1.5), accumulate(&[1, 2]));
}
