// Loops, indexing and a Vec<bool>: the primes below 300,000.
fn main() {
    let n = 1_000_000usize;
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let count = is_prime.iter().filter(|&&p| p).count();
    let mut sum = 0u64;
    for (k, &p) in is_prime.iter().enumerate() {
        if p {
            sum += k as u64;
        }
    }
    println!("{} {}", count, sum);
}
