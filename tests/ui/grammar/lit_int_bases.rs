// Integer literals in every base, with `_` separators and type suffixes,
// plus their printing in various radixes.

fn main() {
    let dec = 1_000_000;
    let hex = 0xFF;
    let hex_upper = 0xDEAD_BEEFu32;
    let oct = 0o777;
    let bin = 0b1010_1010;
    println!("dec {} hex {} hex_upper {} oct {} bin {}", dec, hex, hex_upper, oct, bin);

    let a = 0xFF_u8;
    let b = 255u8;
    let c = 1_000_000i64;
    let d = 1usize;
    let e = 1i128;
    let f = 0b1111_1111_1111_1111u16;
    let g = 0o1_7_7i16;
    let h = 1__2__3_u32;
    let i = 0x_ff_i32;
    let j = -0x80i8;
    println!("a={} b={} c={} d={} e={} f={} g={} h={} i={} j={}", a, b, c, d, e, f, g, h, i, j);
    println!("a == b: {}", a == b);

    let big: u128 = 0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF;
    let neg: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    println!("u128 max {} i128 min {}", big, neg);
    println!("isize/usize: {} {}", 7isize - 10, 300usize / 7);
    let e2 = e << 100;
    println!("1i128 << 100 = {}", e2);

    // printing in other radixes
    let n = 2024u32;
    println!("{n} = {n:#x} = {n:#X} = {n:#o} = {n:#b}");
    println!("padded: {:08x} {:#010b} {:>6o}", 255, 5, 64);
    println!("negative hex (two's complement): {:x}", -1i16);

    // converting from strings in other radixes
    for (text, radix) in [("ff", 16), ("777", 8), ("101010", 2), ("zz", 36), ("12", 3)] {
        let v = i64::from_str_radix(text, radix).unwrap();
        println!("{:>8} base {:>2} = {}", text, radix, v);
    }

    // bit patterns of literals
    let mask = 0b0000_1111u8;
    let value = 0xA5u8;
    println!("{:08b} & {:08b} = {:08b}", value, mask, value & mask);
    println!("max values: {} {} {} {}", u8::MAX, i16::MAX, u32::MAX, i64::MAX);
    println!("min values: {} {} {}", i8::MIN, i32::MIN, i64::MIN);
    println!("bits: {} {} {}", u16::BITS, i128::BITS, usize::BITS);

    // literal suffix inference through expressions
    let total = 250u8 as u32 + 10;
    let mixed = 3i16 * -4;
    println!("total {} mixed {}", total, mixed);
    let seconds_per_year = 60 * 60 * 24 * 365u64;
    println!("seconds per year {}", seconds_per_year);
    println!("{}", 0x10 + 0o10 + 0b10 + 10);
}
