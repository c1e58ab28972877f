#[derive(Debug, Clone, Copy)]
struct Point {
    x: f32,
    y: f64,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn stddev(xs: &[f64]) -> f64 {
    let m = mean(xs);
    (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
}

fn main() {
    let vals = [0.1f64, 1.0, 1.5, -2.25, 1e-7, 1e16, 1e15, 123456789.125, f64::MAX, f64::MIN_POSITIVE];
    for v in vals {
        println!("{} | {:?} | {:.3} | {:e} | {:>12.2} | {:<10.1}|", v, v, v, v, v, v);
    }
    let fs = [0.1f32, 1.0 / 3.0, 16777217.0, 3.4028235e38, 1e-10];
    for f in fs {
        println!("{} {:?} {:.10} {:E}", f, f, f, f);
    }
    println!("{:?} {:?} {:?}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    println!("{} {} {:.2}", -0.0f64, 0.0f64 == -0.0, f64::NEG_INFINITY);
    println!("{:+.1} {:08.3} {:+e}", 2.55, -3.14159, 1500.0);
    println!("{:10.3e}|{:<10e}|", 123456.0, 0.00042);
    let p = Point { x: 1.5, y: 2.0 / 3.0 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:.1?}", p);
    let data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    println!("mean={:.4} sd={:.4}", mean(&data), stddev(&data));
    println!("{}", 0.1 + 0.2);
    println!("{}", 0.1f32 + 0.2f32);
    println!("{} {}", (2.5f64).round(), (-2.5f64).round());
    println!("{} {} {}", 7.9f64.floor(), (-7.1f64).ceil(), 7.5f64.trunc());
    println!("{} {}", 10f64.ln(), 2f64.powf(0.5));
    println!("{} {}", f64::EPSILON, f32::EPSILON);
    println!("{:?} {:?}", 1.0f64.max(f64::NAN), (0.0f64 / 0.0).is_nan());
    println!("{}", 1.0e300 * 1.0e10);
    println!("{:?}", [1.0f64, 2.5, -0.0]);
    println!("{:5}|{:<5}|{:^7.1}|", 1.5, 2.25f32, 9.99);
    let total: f32 = (1..=10).map(|i| 1.0 / i as f32).sum();
    println!("harmonic f32 = {}", total);
    let total64: f64 = (1..=10).map(|i| 1.0 / i as f64).sum();
    println!("harmonic f64 = {}", total64);
    println!("{}", 100000000000000000000000.0f64);
    println!("{}", 1.0e-5f64);
    println!("{:?}", 1.0e-5f64);
    println!("{:?} {}", 1e21f64, 1e21f64);
}
