//! Release semantics: `cfg(debug_assertions)`, `debug_assert!` and integer overflow
//! follow the profile.

#[cfg(debug_assertions)]
fn mode() -> &'static str {
    "debug"
}

#[cfg(not(debug_assertions))]
fn mode() -> &'static str {
    "release"
}

fn main() {
    println!("mode: {}, cfg!(debug_assertions): {}", mode(), cfg!(debug_assertions));
    let n = std::env::args().count() as u8;
    let big: u8 = 250 + n * 10;
    println!("250 + 10 = {}", big);
    let neg = -(i32::MIN + n as i32 - 1);
    println!("-i32::MIN = {}", neg);
    debug_assert!(n > 5, "debug assertions are on");
    println!("done");
}

#[cfg(test)]
mod tests {
    #[test]
    fn debug_assertions_off() {
        debug_assert!(false, "debug assertions are on");
    }
}
