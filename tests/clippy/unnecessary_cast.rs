// unnecessary_cast: casting to the type the value already has.

fn checks(x: i32, y: u64, f: f64) -> (i32, u64, f64) {
    (x as i32, y as u64, f as f64)
}

// Near misses: real conversions.
fn near(x: i32, y: u8) -> (i64, u32, f32) {
    (x as i64, y as u32, x as f32)
}

#[allow(clippy::unnecessary_cast)]
fn allowed(x: i32) -> i32 {
    x as i32
}

fn main() {
    println!("{:?} {:?} {}", checks(1, 2, 3.0), near(1, 2), allowed(3));
}
