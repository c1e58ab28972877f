// `u8` covered exactly: by `0..=255`, by adjacent ranges, by literals plus a range.
fn a(n: u8) -> u8 {
    match n {
        0..=255 => 1,
    }
}

fn b(n: u8) -> u8 {
    match n {
        0..=127 => 0,
        128..=u8::MAX => 1,
    }
}

fn c(n: u8) -> u8 {
    match n {
        0 => 0,
        1 | 2 | 3 => 1,
        4..100 => 2,
        100..=254 => 3,
        255 => 4,
    }
}

const LIMIT: u8 = 200;

fn d(n: u8) -> u8 {
    match n {
        ..LIMIT => 0,
        LIMIT.. => 1,
    }
}

fn main() {
    for n in [0u8, 3, 99, 100, 199, 200, 255] {
        println!("{} {} {} {}", a(n), b(n), c(n), d(n));
    }
}
