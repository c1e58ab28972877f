fn checked_chain(a: u8, b: u8) -> Option<u8> {
    a.checked_add(b)?.checked_mul(2)?.checked_sub(1)
}

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let x: i32 = -17;
    println!("{} {} {} {}", x / 5, x % 5, x.rem_euclid(5), x.div_euclid(5));
    println!("{} {}", (-17i32).abs(), i32::MIN.wrapping_abs());
    println!("{:?} {:?}", i32::MIN.checked_abs(), i32::MIN.checked_neg());
    println!("{:?} {:?}", 200u8.overflowing_add(100), 5u8.overflowing_sub(6));
    println!("{} {}", 250u8.saturating_add(10), (-100i8).saturating_sub(100));
    println!("{} {}", u64::MAX.wrapping_mul(3), i64::MAX.wrapping_add(1));
    println!("{:?} {:?}", checked_chain(100, 20), checked_chain(200, 100));
    let big: i128 = 170141183460469231731687303715884105727;
    println!("{} {}", big, big.wrapping_add(1));
    let ubig: u128 = u128::MAX / 3;
    println!("{} {:x} {:#o}", ubig, ubig, 511u16);
    println!("{:b} {:#b} {:08b}", 10u8, 5i32, -3i8);
    println!("{:x} {:X} {:#x}", -1i16, 255u8, 48879);
    println!("{} {} {}", 1u32 << 31, -1i32 >> 1, 0x80u8 >> 7);
    println!("{} {} {}", (-1i32) as u32, 300i32 as u8, -1.9f64 as i32);
    println!("{} {} {}", 3.99f32 as u8, -5.0f64 as u8, f64::NAN as i32);
    println!("{} {} {}", 1e20f64 as i64, u64::MAX as f32, (255u8 as i8) as i64);
    println!("{} {}", 'A' as u8 + 2, (b'a' + 25) as char);
    println!("{} {}", i16::MAX.count_ones(), 40u32.leading_zeros());
    println!("{} {}", 12u64.trailing_zeros(), 0b1011u8.rotate_left(4));
    println!("{} {}", 2i64.pow(40), 3u32.pow(4));
    println!("{:?} {:?}", 2u32.checked_pow(32), 10i32.checked_rem(0));
    println!("{} {}", u32::from_str_radix("ff", 16).unwrap(), i64::from_str_radix("-101", 2).unwrap());
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "-0".parse::<i32>());
    println!("{}", (1..=20).map(collatz_len).max().unwrap());
    println!("{}", (1u64..=20).product::<u64>());
    println!("{:>6}|{:<6}|{:^6}|{:+}|{:06}", 42, 42, 42, 42, -42);
    println!("{}", i8::MIN as i16 - 1);
    let v: Vec<u8> = vec![100, 100, 100];
    let mut total: u8 = 0;
    for b in &v {
        total += b;
    }
    println!("unreachable {}", total);
}
