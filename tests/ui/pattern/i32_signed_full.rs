// Signed integers covered with open-ended and negative ranges.
fn sign(n: i32) -> i32 {
    match n {
        i32::MIN..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn sign64(n: i64) -> i64 {
    match n {
        ..0 => -1,
        0 => 0,
        1..=i64::MAX => 1,
    }
}

fn wide(n: i128) -> u8 {
    match n {
        i128::MIN..=-1 => 0,
        0..=i128::MAX => 1,
    }
}

fn main() {
    println!("{} {} {}", sign(-7), sign(0), sign(9));
    println!("{} {} {}", sign64(i64::MIN), sign64(0), sign64(1));
    println!("{} {}", wide(-1), wide(i128::MAX));
}
