// Integer ranges that leave values uncovered: E0004.
fn bucket(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "small",
        10..=99 => "medium",
        100..=199 => "large",
    }
}

fn main() {
    println!("{}", bucket(42));
}
