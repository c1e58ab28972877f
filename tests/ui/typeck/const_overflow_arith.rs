// A constant whose evaluation overflows: E0080.
const SECONDS_PER_DAY: u16 = 60 * 60 * 24;

fn main() {
    println!("{}", SECONDS_PER_DAY);
}
