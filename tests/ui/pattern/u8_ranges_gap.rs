// Integer range splitting: the gap in the middle of `u8` is reported as one range.
fn bucket(n: u8) -> &'static str {
    match n {
        0..=9 => "small",
        10..=99 => "medium",
        200..=255 => "large",
    }
}

fn main() {
    println!("{}", bucket(150));
}
