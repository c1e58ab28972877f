// Overflow checks the Python backend merges or proves unnecessary: each case must still
// panic at rustc's operation, with rustc's message, and never where Rust does not.
use std::panic;

fn chain_i64(x: i64) -> i64 {
    x * 37 + 11
}

fn back_in_range(x: i64, y: i64) -> i64 {
    x * 2 - y
}

fn shift_i8(x: i8) -> i8 {
    x - 100 + 100
}

fn down_then_up(x: i32) -> i32 {
    x + 11 - 20
}

fn gap(a: u32, b: u32) -> u32 {
    a - b + 4
}

fn scaled(a: u64, b: u64) -> u64 {
    let d = a - b;
    d * 3 + 1
}

fn collatz_step(n: u64) -> u64 {
    if n % 2 == 0 { n / 2 } else { 3 * n + 1 }
}

fn fib(n: u32) -> u32 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn below_zero(n: u32) -> u32 {
    if n > 0 { n * 2 } else { n - 1 }
}

fn not_zero(n: u8) -> u8 {
    if n == 0 { 0 } else { n - 1 }
}

fn count_to(limit: u32) -> u8 {
    let mut s: u8 = 0;
    let mut i = 0;
    while i < limit {
        s += 1;
        i += 1;
    }
    s
}

fn upto(n: u8) -> u32 {
    let mut total = 0u32;
    for i in 0..n {
        let next = i + 1;
        total += next as u32;
    }
    total
}

fn upto_inclusive(n: u8) -> u32 {
    let mut total = 0u32;
    for i in 0..=n {
        let next = i + 1;
        total += next as u32;
    }
    total
}

fn trace(name: &str, v: u16) -> u16 {
    println!("  eval {}", name);
    v
}

fn impure(a: u16, b: u16) -> u16 {
    trace("a", a) * 2 + trace("b", b)
}

fn run(name: &str, f: impl FnOnce() -> String + panic::UnwindSafe) {
    match panic::catch_unwind(f) {
        Ok(v) => println!("{}: {}", name, v),
        Err(_) => println!("{}: panicked", name),
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let loc = info.location().unwrap();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        println!("  panic at {}:{}: {}", loc.line(), loc.column(), msg);
    }));
    run("chain ok", || chain_i64(1000).to_string());
    run("chain mul", || chain_i64(i64::MAX / 30).to_string());
    run("chain add", || chain_i64(i64::MAX / 37).to_string());
    run("chain min", || chain_i64(i64::MIN / 37).to_string());
    run("back in range", || back_in_range(i64::MAX / 2 + 1, 10).to_string());
    run("i8 sub", || shift_i8(-100).to_string());
    run("i8 ok", || shift_i8(27).to_string());
    run("i32 add", || down_then_up(i32::MAX - 5).to_string());
    run("i32 sub", || down_then_up(i32::MIN + 5).to_string());
    run("i32 ok", || down_then_up(i32::MAX - 15).to_string());
    run("gap ok", || gap(5, 3).to_string());
    run("gap sub", || gap(1, 3).to_string());
    run("gap add", || gap(u32::MAX, 1).to_string());
    run("scaled ok", || scaled(7, 2).to_string());
    run("scaled sub", || scaled(2, 7).to_string());
    run("scaled mul", || scaled(u64::MAX, 1).to_string());
    run("collatz ok", || collatz_step(27).to_string());
    run("collatz mul", || collatz_step(u64::MAX / 2).to_string());
    run("collatz add", || collatz_step(u64::MAX / 3).to_string());
    run("fib", || (0..20).map(fib).sum::<u32>().to_string());
    run("fib edge", || fib(0).to_string());
    run("below zero", || below_zero(0).to_string());
    run("not zero", || not_zero(0).to_string() + &not_zero(255).to_string());
    run("counter ok", || count_to(255).to_string());
    run("counter", || count_to(300).to_string());
    run("upto", || upto(255).to_string());
    run("upto inclusive", || upto_inclusive(255).to_string());
    run("impure ok", || impure(3, 4).to_string());
    run("impure mul", || impure(40000, 1).to_string());
    run("impure add", || impure(30000, 10000).to_string());
}
