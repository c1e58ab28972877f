// Integer loops with overflow checks: the longest Collatz chain below 50,000.
fn steps(mut n: u64) -> u32 {
    let mut s = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        s += 1;
    }
    s
}

fn main() {
    let mut best = 0;
    let mut arg = 0;
    for i in 1..50_000u64 {
        let s = steps(i);
        if s > best {
            best = s;
            arg = i;
        }
    }
    println!("{} {}", arg, best);
}
