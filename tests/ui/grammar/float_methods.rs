// Floating point methods and operators: rounding modes, powers/roots/logs,
// trig, min/max with NaN, total_cmp sorting, classification and epsilon
// comparisons; suffixes or parentheses are needed to call methods on literals.

fn approx_eq(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn main() {
    for v in [2.5f64, -2.5, 3.49, -0.5, 7.0] {
        println!(
            "{:>5}: round {:>3} floor {:>3} ceil {:>3} trunc {:>3} fract {:>5.2} round_ties_even {}",
            v, v.round(), v.floor(), v.ceil(), v.trunc(), v.fract(), v.round_ties_even()
        );
    }

    println!("2^10 = {}, 2^0.5 = {:.6}, e^1 = {:.6}", 2f64.powi(10), 2f64.powf(0.5), 1f64.exp());
    println!("ln(e) = {}, log10(1000) = {}, log2(1024) = {}", std::f64::consts::E.ln(), 1000f64.log10(), 1024f64.log2());
    println!("cbrt(27) = {}, hypot(3,4) = {}", 27f64.cbrt(), 3f64.hypot(4.0));
    let deg = 30.0_f64;
    let rad = deg.to_radians();
    println!("sin 30 = {:.4}, cos 30 = {:.4}, tan 30 = {:.4}", rad.sin(), rad.cos(), rad.tan());
    println!("atan2(1, -1) in degrees = {}", 1f64.atan2(-1.0).to_degrees());

    println!("1.0_f64.max(2.0) = {}", 1.0_f64.max(2.0));
    println!("(1.0f64).min(f64::NAN) = {}", (1.0f64).min(f64::NAN));
    println!("NAN == NAN: {}, NAN.is_nan(): {}", f64::NAN == f64::NAN, f64::NAN.is_nan());
    println!("mul_add(2, 3, 4) = {}", 2.0f64.mul_add(3.0, 4.0));
    println!("copysign {} signum {} {}", 3.5f64.copysign(-0.0), (-2.0f64).signum(), 0.0f64.signum());
    println!("rem {} rem_euclid {}", -7.5f64 % 2.0, (-7.5f64).rem_euclid(2.0));

    let mut values = vec![3.5, -1.0, f64::INFINITY, 0.0, -0.0, 2.25, f64::NEG_INFINITY];
    values.sort_by(|a, b| a.total_cmp(b));
    println!("sorted by total_cmp: {:?}", values);
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    println!("finite: {:?}", finite);

    for v in [1.0, 0.0, f64::MIN_POSITIVE / 2.0, f64::INFINITY, f64::NAN] {
        println!("{:e}: {:?} normal {} sign_negative {}", v, v.classify(), v.is_normal(), v.is_sign_negative());
    }

    let sum: f64 = (0..10).map(|_| 0.1).sum();
    println!("sum of ten 0.1 = {} exact 1.0? {} approx? {}", sum, sum == 1.0, approx_eq(sum, 1.0));
    let f32_sum: f32 = (0..10).map(|_| 0.1f32).sum();
    println!("f32 sum = {}", f32_sum);
    println!("f32 precision: {} vs {}", 16_777_216f32 + 1.0, 16_777_216f64 + 1.0);
    println!("to_bits(1.5) = {:#x}, from_bits = {}", 1.5f64.to_bits(), f32::from_bits(0x4049_0fdb));
    println!("PI = {:.10}, TAU/2 = {}", std::f64::consts::PI, std::f64::consts::TAU / 2.0);
}
