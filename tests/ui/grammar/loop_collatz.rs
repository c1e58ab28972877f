// `loop` with `break value`, counting Collatz sequence lengths and finding
// the longest chain below a limit.

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn collatz_peak(start: u64) -> u64 {
    let mut n = start;
    let mut peak = n;
    while n != 1 {
        n = match n % 2 {
            0 => n / 2,
            _ => 3 * n + 1,
        };
        if n > peak {
            peak = n;
        }
    }
    peak
}

fn main() {
    for n in [1, 2, 3, 6, 7, 27] {
        println!("collatz({}) takes {} steps, peaks at {}", n, collatz_len(n), collatz_peak(n));
    }

    let mut best = (1, 0);
    let mut n = 1;
    while n < 1000 {
        let len = collatz_len(n);
        if len > best.1 {
            best = (n, len);
        }
        n += 1;
    }
    println!("longest chain under 1000 starts at {} ({} steps)", best.0, best.1);

    // first n whose chain exceeds 100 steps
    let mut candidate = 1;
    let found = loop {
        if collatz_len(candidate) > 100 {
            break candidate;
        }
        candidate += 1;
    };
    println!("first start with > 100 steps: {}", found);

    // print the sequence for 11 with a plain loop and manual exit
    let mut x = 11u64;
    let mut seq = vec![x];
    loop {
        if x == 1 {
            break;
        }
        x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
        seq.push(x);
    }
    println!("sequence for 11: {:?}", seq);

    // histogram of lengths in buckets of 20
    let mut buckets = [0u32; 6];
    for start in 1..=300u64 {
        let b = (collatz_len(start) / 20) as usize;
        buckets[b.min(5)] += 1;
    }
    for (i, count) in buckets.iter().enumerate() {
        let label = if i == 5 { format!("{:>3}+    ", i * 20) } else { format!("{:>3}..{:<3}", i * 20, i * 20 + 20) };
        println!("{} {:>3} {}", label, count, "#".repeat((*count / 5) as usize));
    }
}
