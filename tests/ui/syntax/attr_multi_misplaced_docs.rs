fn checksum(bytes: &[u8]) -> u32 {
    let mut sum = 0u32;
    for b in bytes {
        sum = sum.wrapping_add(*b as u32);
    }
    sum
    /// the final checksum
}

#![allow(unused)]

fn main() {
    println!("{}", checksum(b"abc"));
}
