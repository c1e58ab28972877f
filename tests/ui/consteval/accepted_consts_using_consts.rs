// Constants built from other constants, std's integer constants and methods.
const KIB: usize = 1024;
const MIB: usize = KIB * KIB;
const HALF: u32 = u32::MAX / 2 + 1;
const BITS: u32 = usize::BITS;
const WRAPPED: u8 = 250u8.wrapping_add(10);
const SAT: i8 = 100i8.saturating_mul(3);
const CHECKED: Option<u8> = 200u8.checked_add(100);
const SMALLER: u32 = if 3 < 4 { 3 } else { 4 };
const NEG: i32 = -(i32::MAX) - 1;
const SHIFTED: u64 = 1 << 63;

fn main() {
    println!("{} {} {} {} {} {} {:?} {} {} {}", KIB, MIB, HALF, BITS, WRAPPED, SAT, CHECKED, SMALLER, NEG, SHIFTED);
}
