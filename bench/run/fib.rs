// Recursive calls and integer arithmetic with overflow checks.
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let mut total = 0u64;
    for n in 15..31 {
        total += fib(n);
    }
    println!("{}", total);
}
