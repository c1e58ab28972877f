// Float to integer casts saturate and map NaN to zero; integer to float
// casts round to nearest; f64 to f32 rounds.

fn to_percent(fraction: f64) -> u8 {
    (fraction * 100.0).round() as u8
}

fn main() {
    println!("3.99 as i32 = {}", 3.99f64 as i32);
    println!("-3.99 as i32 = {}", -3.99f64 as i32);
    println!("300.5 as u8 = {}", 300.5f64 as u8);
    println!("-1.5 as u8 = {}", -1.5f64 as u8);
    println!("1e20 as i64 = {}", 1e20f64 as i64);
    println!("-1e20 as i64 = {}", -1e20f64 as i64);
    println!("NaN as i32 = {}", f64::NAN as i32);
    println!("inf as u16 = {}", f64::INFINITY as u16);
    println!("-inf as i16 = {}", f64::NEG_INFINITY as i16);
    println!("2.5e9 as i32 = {}", 2.5e9f32 as i32);
    println!("2.5e9 as u32 = {}", 2.5e9f32 as u32);
    println!("255.9 as u8 = {}", 255.9f32 as u8);
    println!("-0.9 as i8 = {}", -0.9f64 as i8);

    println!("u64::MAX as f64 = {}", u64::MAX as f64);
    println!("16777217 as f32 = {}", 16777217i32 as f32);
    println!("i64::MIN as f64 = {:e}", i64::MIN as f64);
    println!("0.1f64 as f32 = {}", 0.1f64 as f32);
    println!("0.1f32 as f64 = {}", 0.1f32 as f64);
    println!("1e40 as f32 = {}", 1e40f64 as f32);
    println!("u8::MAX as f32 / 2.0 = {}", u8::MAX as f32 / 2.0);

    for f in [0.0, 0.004, 0.125, 0.5, 0.999, 1.0, 2.7, -0.3] {
        println!("{:>6} -> {:>3}%", f, to_percent(f));
    }

    // convert a list of sensor readings to fixed-point i16 with clamping
    let readings = [12.345, -7.25, 400.0, -500.0, f64::NAN, 0.015];
    let fixed: Vec<i16> = readings.iter().map(|r| (r * 100.0) as i16).collect();
    println!("fixed-point: {:?}", fixed);
    let back: Vec<f64> = fixed.iter().map(|&v| v as f64 / 100.0).collect();
    println!("restored: {:?}", back);

    // average of integers as float then back to integer
    let ages = [31u32, 45, 27, 52, 38];
    let mean = ages.iter().sum::<u32>() as f64 / ages.len() as f64;
    println!("mean age {:.2} -> {}", mean, mean as u32);
    let rounded = (mean + 0.5) as u32;
    println!("rounded {}", rounded);
}
