// A `for` item known not to be negative (its range starts at a literal >= 0) divides as an
// unsigned value; one that can be negative keeps Rust's truncating division. Shifts by a
// literal in range need no check; an out-of-range shift amount still panics.
fn main() {
    let mut a = Vec::new();
    for i in 0..12i32 {
        a.push((i % 5, i / 4, i >> 1, i << 3));
    }
    let mut b = Vec::new();
    for i in -7..7i64 {
        b.push((i % 3, i / 2, i >> 1, -i % -4));
    }
    let start = 2u8;
    let mut c = 0u32;
    for k in start..200 {
        c += (k % 7) as u32 + (k >> 2) as u32;
    }
    println!("{:?}\n{:?}\n{}", a, b, c);
    let mut s = 33u32;
    for i in 0..3 {
        s = s.wrapping_mul(31) >> (i + 1);
    }
    println!("{}", s);
    let amount = std::hint::black_box(40u32);
    println!("{}", 1u32 << amount);
}
