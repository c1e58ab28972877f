// Sieve of Eratosthenes with nested for loops, step_by, and iterator
// adaptors; prime gaps and twin primes.

fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            for multiple in (i * i..=limit).step_by(i) {
                is_prime[multiple] = false;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter(|&(_, &p)| p).map(|(n, _)| n).collect()
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut factors = Vec::new();
    let mut d = 2;
    while d * d <= n {
        let mut count = 0;
        while n % d == 0 {
            n /= d;
            count += 1;
        }
        if count > 0 {
            factors.push((d, count));
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        factors.push((n, 1));
    }
    factors
}

fn main() {
    let primes = sieve(100);
    println!("{} primes up to 100: {:?}", primes.len(), primes);

    let mut twins = Vec::new();
    for w in primes.windows(2) {
        if w[1] - w[0] == 2 {
            twins.push((w[0], w[1]));
        }
    }
    println!("twin primes: {:?}", twins);

    let big = sieve(10_000);
    let mut max_gap = 0;
    let mut gap_at = 0;
    for i in 1..big.len() {
        let gap = big[i] - big[i - 1];
        if gap > max_gap {
            max_gap = gap;
            gap_at = big[i - 1];
        }
    }
    println!("{} primes below 10000; largest gap {} after {}", big.len(), max_gap, gap_at);

    for n in [360u64, 97, 1001, 65536, 600851475143] {
        let parts: Vec<String> = factorize(n)
            .iter()
            .map(|&(p, e)| if e == 1 { p.to_string() } else { format!("{}^{}", p, e) })
            .collect();
        println!("{} = {}", n, parts.join(" * "));
    }

    // a multiplication table with nested for loops
    for row in 1..=5 {
        let mut line = String::new();
        for col in 1..=5 {
            line += &format!("{:>4}", row * col);
        }
        println!("{}", line);
    }
}
