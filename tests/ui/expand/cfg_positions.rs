// #[cfg] and #[cfg_attr] on items, fields, variants, arms, statements and parameters.
#[derive(Debug)]
struct Config {
    name: &'static str,
    #[cfg(test)]
    test_only: u8,
    #[cfg(not(test))]
    level: u8,
}

#[derive(Debug)]
enum Mode {
    Fast,
    #[cfg(any())]
    Never,
    #[cfg_attr(unix, allow(dead_code))]
    Slow,
}

#[cfg(target_os = "linux")]
fn os() -> &'static str { "linux" }
#[cfg(not(target_os = "linux"))]
fn os() -> &'static str { "other" }

fn describe(m: &Mode) -> u8 {
    match m {
        Mode::Fast => 1,
        #[cfg(any())]
        Mode::Never => 2,
        _ => 3,
    }
}

fn sum(a: i32, #[cfg(any())] b: i32) -> i32 {
    a
}

fn main() {
    let c = Config { name: "c", #[cfg(not(test))] level: 2 };
    #[cfg(debug_assertions)]
    println!("debug build");
    #[cfg(not(debug_assertions))]
    println!("release build");
    println!("{:?} {} {}", c, os(), describe(&Mode::Slow));
    println!("{} {}", sum(4), cfg!(unix));
    let _ = Mode::Fast;
}
