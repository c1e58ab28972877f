// A loop in a `const fn` that overflows after a few iterations: E0080.
const fn factorial(n: u32) -> u32 {
    let mut acc = 1;
    let mut i = 1;
    while i <= n {
        acc *= i;
        i += 1;
    }
    acc
}

const F13: u32 = factorial(13);

fn main() {}
