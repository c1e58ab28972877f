// Wide integers: factorials and binomials in u128, Fibonacci up to the u128
// limit with checked_add, and 128-bit modular exponentiation.

fn factorial(n: u32) -> u128 {
    (1..=n as u128).product()
}

fn binomial(n: u128, k: u128) -> u128 {
    let k = k.min(n - k);
    let mut r: u128 = 1;
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    r
}

fn mod_pow(mut base: u128, mut exp: u128, m: u128) -> u128 {
    let mut result = 1u128;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    result
}

fn is_probable_prime(n: u128) -> bool {
    if n < 2 {
        return false;
    }
    for p in [2u128, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
        if n % p == 0 {
            return n == p;
        }
    }
    let (mut d, mut s) = (n - 1, 0);
    while d % 2 == 0 {
        d /= 2;
        s += 1;
    }
    'witness: for a in [2u128, 3, 5, 7, 11, 13] {
        let mut x = mod_pow(a, d, n);
        if x == 1 || x == n - 1 {
            continue;
        }
        for _ in 1..s {
            x = x * x % n;
            if x == n - 1 {
                continue 'witness;
            }
        }
        return false;
    }
    true
}

fn main() {
    for n in [0, 1, 10, 20, 25, 30, 34] {
        println!("{}! = {}", n, factorial(n));
    }
    println!("C(100, 50) = {}", binomial(100, 50));
    println!("C(60, 30) = {}", binomial(60, 30));

    let (mut a, mut b) = (0u128, 1u128);
    let mut idx = 0;
    loop {
        match a.checked_add(b) {
            Some(c) => {
                a = b;
                b = c;
                idx += 1;
            }
            None => break,
        }
    }
    println!("largest u128 Fibonacci: F({}) = {}", idx + 1, b);

    println!("2^127 mod 1e9+7 = {}", mod_pow(2, 127, 1_000_000_007));
    println!("3^1000 mod 2^61-1 = {}", mod_pow(3, 1000, (1u128 << 61) - 1));
    for n in [97u128, 561, 1_000_000_007, 2_147_483_647, (1 << 61) - 1, 1_000_000_000_000_000_003] {
        println!("{} prime? {}", n, is_probable_prime(n));
    }

    let signed: i128 = i128::MIN / 3;
    println!("i128::MIN / 3 = {}", signed);
    println!("i128::MAX = {}", i128::MAX);
    println!("-1i128 as u128 >> 100 = {}", (-1i128 as u128) >> 100);
    println!("u128::MAX.count_ones() = {}", u128::MAX.count_ones());
    println!("{:x}", u128::MAX / 255);
    let mixed = 1234567890123456789u64 as u128 * 98765432109876543210u128;
    println!("product = {}", mixed);
}
