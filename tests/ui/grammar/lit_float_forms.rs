// Float literal forms: `1.`, `1.5e10`, `2.5E-3`, `1e3f64`, `1f32`, `1.0f64`,
// `1.0_f64`, and the difference between `1..2` (a range) and `1.` (a float);
// method calls on float literals need a suffix or parentheses.

fn main() {
    let a = 1.;
    let b = 1.5e10;
    let c = 2.5E-3;
    let d = 1e3f64;
    let e = 1f32;
    let f = 1.0f64;
    let g = 1.0_f64;
    let h = 6.022_140_76e23;
    let i = 0.000_001;
    let j = 1_000.5e-3_f32;
    println!("a={} b={} c={} d={} e={} f={} g={}", a, b, c, d, e, f, g);
    println!("h={} i={} j={}", h, i, j);
    println!("h in sci: {:e}, c in sci: {:E}", h, c);

    // `1..2` is a range, `1.` followed by space is a float
    let r = 1..4;
    let fl = 1. + 0.5;
    println!("range {:?} sum {}, float {}", r.clone(), r.sum::<i32>(), fl);
    let one_to_two: Vec<i32> = (1..2).collect();
    let one_dot = 1.;
    println!("(1..2) = {:?}, 1. = {:?}, 1. .. 2. contains 1.5: {}", one_to_two, one_dot, (1. ..2.).contains(&1.5));

    // method calls on float literals
    let m1 = 1.0_f64.max(2.0);
    let m2 = (1.0f64).min(-3.5);
    let m3 = 2.0f32.sqrt();
    let m4 = 9f64.sqrt();
    let m5 = (-7.25_f64).abs().floor();
    println!("max {} min {} sqrt2 {} sqrt9 {} floor {}", m1, m2, m3, m4, m5);

    // tuple field after float-like tokens
    let pair = ((1.5, 2.5), 3.5);
    println!("pair.0.1 = {}, pair.1 = {}", pair.0.1, pair.1);

    // special values and precision
    println!("0.1 + 0.2 = {}", 0.1 + 0.2);
    println!("0.1f32 + 0.2f32 = {}", 0.1f32 + 0.2f32);
    println!("1.0 / 3.0 = {} (f64), {} (f32)", 1.0 / 3.0, 1.0f32 / 3.0);
    println!("max f32 {} min positive f64 {:e}", f32::MAX, f64::MIN_POSITIVE);
    println!("epsilon {:e}", f64::EPSILON);
    println!("inf {} -inf {} nan {}", 1.0 / 0.0, -1.0 / 0.0, 0.0f64 / 0.0);
    println!("-0.0 = {:?}, -0.0 == 0.0: {}", -0.0f64, -0.0 == 0.0);

    // Display vs Debug formatting of whole floats
    println!("display {} debug {:?} | display {} debug {:?}", 3.0, 3.0, 1e21, 1e21);
    println!("1e15 {} 1e16 {} 1e-7 {}", 1e15, 1e16, 1e-7);
    println!("precision {:.0} {:.1} {:.3} {:8.2}|", 2.5, 0.05, 3.14159, -1.005);

    let avg = [2.5, 3.75, 4.0].iter().sum::<f64>() / 3.;
    println!("avg {:.4}", avg);
    let as_int = 7.99_f64 as i32 + 1.5e1 as i32;
    println!("as_int {}", as_int);
}
