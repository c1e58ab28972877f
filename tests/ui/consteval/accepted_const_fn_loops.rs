// `const fn`s with loops, `match` and early returns, called from constants.
const fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

const fn classify(n: i32) -> u8 {
    match n {
        i32::MIN..=-1 => 0,
        0 => 1,
        _ => 2,
    }
}

const fn first_even(xs: [u32; 4]) -> u32 {
    let mut i = 0;
    loop {
        if i == xs.len() {
            return 0;
        }
        if xs[i] % 2 == 0 {
            break xs[i];
        }
        i += 1;
    }
}

const F90: u64 = fib(90);
const C: [u8; 3] = [classify(-5), classify(0), classify(7)];
const E: u32 = first_even([1, 3, 8, 5]);

fn main() {
    println!("{} {:?} {}", F90, C, E);
}
