// A constant indexing past the end of a constant array: E0080.
const PRIMES: [u32; 4] = [2, 3, 5, 7];
const FIFTH: u32 = PRIMES[4];

fn main() {
    println!("{}", FIFTH);
}
