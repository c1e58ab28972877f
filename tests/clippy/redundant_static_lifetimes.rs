// redundant_static_lifetimes: `const X: &'static str` is `const X: &str`.

const GREETING: &'static str = "hi";
static NUMBERS: &'static [i32] = &[1, 2];

// Near misses: elided already, a non-reference type.
const PLAIN: &str = "plain";
const N: i32 = 3;

#[allow(clippy::redundant_static_lifetimes)]
const ALLOWED: &'static str = "allowed";

fn main() {
    println!("{} {:?} {} {} {}", GREETING, NUMBERS, PLAIN, N, ALLOWED);
}
