fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn mod_pow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1u128;
    let mut b = (base % m) as u128;
    let m128 = m as u128;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * b % m128;
        }
        b = b * b % m128;
        exp >>= 1;
    }
    base = result as u64;
    base
}

fn is_prime_mr(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    for p in [2u64, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
        if n % p == 0 {
            return n == p;
        }
    }
    let mut d = n - 1;
    let mut s = 0;
    while d % 2 == 0 {
        d /= 2;
        s += 1;
    }
    'witness: for a in [2u64, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
        let mut x = mod_pow(a, d, n);
        if x == 1 || x == n - 1 {
            continue;
        }
        for _ in 0..s - 1 {
            x = ((x as u128 * x as u128) % n as u128) as u64;
            if x == n - 1 {
                continue 'witness;
            }
        }
        return false;
    }
    true
}

fn sieve(n: usize) -> Vec<usize> {
    let mut is = vec![true; n + 1];
    is[0] = false;
    if n >= 1 {
        is[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is[i] {
            for j in (i * i..=n).step_by(i) {
                is[j] = false;
            }
        }
        i += 1;
    }
    is.iter().enumerate().filter(|(_, &p)| p).map(|(i, _)| i).collect()
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    let mut p = 2;
    while p * p <= n {
        let mut k = 0;
        while n % p == 0 {
            n /= p;
            k += 1;
        }
        if k > 0 {
            out.push((p, k));
        }
        p += if p == 2 { 1 } else { 2 };
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn main() {
    println!("gcd(462, 1071) = {}", gcd(462, 1071));
    println!("lcm 1..=20 = {}", (1..=20).fold(1, lcm));
    println!("2^100 mod 1e9+7 = {}", mod_pow(2, 100, 1_000_000_007));
    println!("3^(2^40) mod big = {}", mod_pow(3, 1 << 40, 18_446_744_073_709_551_557));
    let primes = sieve(100);
    println!("{} primes <= 100, last {:?}", primes.len(), primes.last());
    let big = [1_000_000_007u64, 1_000_000_011, 999_999_999_989, 18_446_744_073_709_551_557, 561, 4_294_967_297];
    for n in big {
        println!("{} prime? {}", n, is_prime_mr(n));
    }
    println!("{:?}", factorize(4_294_967_297));
    println!("{:?}", factorize(600_851_475_143));
    let f = factorize(360)
        .iter()
        .map(|&(p, k)| if k > 1 { format!("{}^{}", p, k) } else { p.to_string() })
        .collect::<Vec<_>>()
        .join(" * ");
    println!("360 = {}", f);

    let x: u32 = 0b1011_0000_0000_0000_0000_0000_1010_0001;
    println!("ones={} lz={} tz={} swap={:#010x} rev={:#034b}", x.count_ones(), x.leading_zeros(), x.trailing_zeros(), x.swap_bytes(), x.reverse_bits());
    println!("rotl={:#x} rotr={:#x}", x.rotate_left(8), x.rotate_right(4));
    println!("pow2: {} {:?} {}", 37u32.next_power_of_two(), 200u8.checked_next_power_of_two(), 64u64.is_power_of_two());
    println!("wrapping: {} {} {}", 250u8.wrapping_add(10), i32::MIN.wrapping_neg(), (-128i8).wrapping_abs());
    println!("checked: {:?} {:?} {:?}", i64::MAX.checked_add(1), 5u32.checked_sub(6), i32::MIN.checked_div(-1));
    println!("saturating: {} {} {}", i16::MAX.saturating_add(5), 3u8.saturating_sub(9), (-100i8).saturating_mul(2));
    println!("overflowing: {:?} {:?}", 200u8.overflowing_add(100), i32::MAX.overflowing_mul(2));
    println!("edges: {} {} {} {}", i64::MAX, i64::MIN, u64::MAX, i128::MIN);
    println!("u128: {}", u128::MAX / 3);
    println!("euclid: {} {} {} {}", (-7i32).rem_euclid(3), (-7i32) % 3, (-7i32).div_euclid(3), -7 / 3);
    println!("abs_diff: {} {}", 3u32.abs_diff(10), (-5i32).abs_diff(7));
    println!("isqrt-ish: {}", (1u64 << 62) as f64);
    println!("pow: {} {} {:?}", 3i64.pow(30), 2u128.pow(100), 10u32.checked_pow(10));
    println!("signum: {} {} {}", (-9i32).signum(), 0i32.signum(), 12i64.signum());
    println!("casts: {} {} {} {} {}", -1i32 as u32, 300i32 as u8, -1i64 as u8, 3.99f64 as i32, -3.99f64 as u32);
    println!("casts2: {} {} {}", f64::NAN as i32, 1e20 as i32, u64::MAX as f32);
    println!("from_str_radix: {:?} {:?}", i64::from_str_radix("-ff", 16), u8::from_str_radix("256", 10));
    println!("{:x} {:X} {:o} {:b} {:#b}", 255, 48879, 8, 5, -2i8);
    let digits: u32 = 2u128.pow(100).to_string().chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("digit sum of 2^100: {}", digits);
}
