// `ferric run --release` is `rustc -O`: overflow wraps, `debug_assert!` and
// `cfg(debug_assertions)` are off.

#[cfg(debug_assertions)]
const MODE: &str = "debug";
#[cfg(not(debug_assertions))]
const MODE: &str = "release";

fn main() {
    println!("{} {}", MODE, cfg!(debug_assertions));
    debug_assert!(std::env::args().count() > 5, "debug_assert! checked");
    let n = std::env::args().count() as i64;
    println!("{}", i64::MAX - 1 + n * 2);
    println!("{}", (n as u32) << (32 + n as u32));
}
