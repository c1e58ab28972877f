// Integer arithmetic semantics: division and remainder toward zero,
// rem_euclid, wrapping/checked/saturating/overflowing operations, shifts,
// bit counting, and a linear congruential generator using wrapping math.

struct Lcg(u32);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        self.0
    }
    fn roll(&mut self, sides: u32) -> u32 {
        self.next() % sides + 1
    }
}

fn main() {
    for (a, b) in [(7, 3), (-7, 3), (7, -3), (-7, -3)] {
        println!(
            "{:>2} / {:>2} = {:>2}, % = {:>2}, div_euclid = {:>2}, rem_euclid = {}",
            a, b, a / b, a % b, i32::div_euclid(a, b), i32::rem_euclid(a, b)
        );
    }

    let x: u8 = 250;
    println!("wrapping_add {}", x.wrapping_add(10));
    println!("wrapping_sub {}", 5u8.wrapping_sub(10));
    println!("wrapping_mul {}", x.wrapping_mul(3));
    println!("wrapping_neg {}", 1u32.wrapping_neg());
    println!("checked_add {:?} checked_div {:?}", x.checked_add(5), x.checked_div(0));
    println!("saturating_sub {} saturating_mul {}", 5u8.saturating_sub(10), 100i8.saturating_mul(2));
    println!("overflowing_sub {:?}", 0u16.overflowing_sub(1));
    println!("i32::MIN.wrapping_abs() {}", i32::MIN.wrapping_abs());
    println!("i32::MIN.checked_neg() {:?}", i32::MIN.checked_neg());
    println!("(-128i8).wrapping_div(-1) {}", (-128i8).wrapping_div(-1));
    println!("wrapping_shl(9) on u8 {}", 1u8.wrapping_shl(9));
    println!("rotate_left {:#010b}", 0b1001_0110u8.rotate_left(3));

    let n: u32 = 0b0010_1100_0000_0000;
    println!("count_ones {} leading_zeros {} trailing_zeros {}", n.count_ones(), n.leading_zeros(), n.trailing_zeros());
    println!("is_power_of_two(64) {} next_power_of_two(100) {}", 64u32.is_power_of_two(), 100u32.next_power_of_two());
    println!("pow {} checked_pow {:?}", 3u64.pow(20), 10u32.checked_pow(10));
    println!("isqrt-ish via f64: {}", (1_000_000f64).sqrt() as u32);
    println!("abs_diff {} signum {} {}", 3u8.abs_diff(250), (-9i32).signum(), 0i32.signum());
    println!("min/max/clamp {} {} {}", 4.min(9), 4.max(9), 15.clamp(0, 10));
    println!("swap_bytes {:#x} to_be_bytes {:?}", 0x1234u16.swap_bytes(), 0x0102_0304u32.to_be_bytes());
    println!("from_le_bytes {}", u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]));

    let mut rng = Lcg(42);
    let rolls: Vec<u32> = (0..12).map(|_| rng.roll(6)).collect();
    println!("dice rolls {:?}", rolls);
    let mut hist = [0; 6];
    for _ in 0..600 {
        hist[(rng.roll(6) - 1) as usize] += 1;
    }
    println!("histogram {:?} total {}", hist, hist.iter().sum::<i32>());

    // hash combining with wrapping arithmetic over i64
    let mut h: i64 = 17;
    for word in ["alpha", "beta", "gamma"] {
        for b in word.bytes() {
            h = h.wrapping_mul(31).wrapping_add(b as i64);
        }
    }
    println!("combined hash {}", h);
    let big = u64::MAX;
    println!("u64::MAX / 3 = {}, % 7 = {}", big / 3, big % 7);
    println!("(-17i64).pow(3) = {}", (-17i64).pow(3));
}
