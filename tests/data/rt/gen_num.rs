//! Oracle for `ferric.rt.num`: integer bit operations and `as` casts as rustc computes them.
//! Regenerate with
//!     rustc -o /tmp/gen_num gen_num.rs && /tmp/gen_num > num.txt
//! Lines (space-separated; integers in decimal, floats as `to_bits` in hex):
//!     cast SRC_VALUE TYPE RESULT                 (`v as TYPE` from i128/u128)
//!     ops TYPE X N ONES LZ TZ SWAP REV ROTL ROTR  (count_ones … rotate_left(N), rotate_right(N))
//!     f2i f64|f32 BITS TYPE RESULT               (`x as TYPE`)
//!     i2f VALUE F32BITS F64BITS                  (`v as f32`, `v as f64`)
//!     f64to32 F64BITS F32BITS                    (`x as f32`)
use std::hint::black_box;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn wide(&mut self) -> u128 {
        let v = ((self.next() as u128) << 64) | self.next() as u128;
        v >> (self.next() % 128)
    }
}

macro_rules! per_type {
    ($mac:ident, $($args:expr),*) => {
        $mac!(i8, $($args),*); $mac!(i16, $($args),*); $mac!(i32, $($args),*);
        $mac!(i64, $($args),*); $mac!(i128, $($args),*); $mac!(isize, $($args),*);
        $mac!(u8, $($args),*); $mac!(u16, $($args),*); $mac!(u32, $($args),*);
        $mac!(u64, $($args),*); $mac!(u128, $($args),*); $mac!(usize, $($args),*);
    };
}

macro_rules! cast {
    ($t:ident, $v:expr) => {{
        let v: i128 = $v;
        println!("cast {} {} {}", v, stringify!($t), black_box(v) as $t);
        let u = v as u128;
        println!("cast {} {} {}", u, stringify!($t), black_box(u) as $t);
    }};
}

macro_rules! ops {
    ($t:ident, $x:expr, $n:expr) => {{
        let x = black_box($x as $t);
        let n: u32 = $n;
        println!(
            "ops {} {} {} {} {} {} {} {} {} {}",
            stringify!($t), x, n, x.count_ones(), x.leading_zeros(), x.trailing_zeros(),
            x.swap_bytes(), x.reverse_bits(), x.rotate_left(n), x.rotate_right(n)
        );
    }};
}

macro_rules! f2i {
    ($t:ident, $x:expr) => {{
        let x: f64 = $x;
        println!("f2i f64 {:x} {} {}", x.to_bits(), stringify!($t), black_box(x) as $t);
        let y = x as f32;
        println!("f2i f32 {:x} {} {}", y.to_bits(), stringify!($t), black_box(y) as $t);
    }};
}

fn i2f_signed(v: i128) {
    println!("i2f {} {:x} {:x}", v, (black_box(v) as f32).to_bits(), (black_box(v) as f64).to_bits());
}

fn i2f_unsigned(v: u128) {
    println!("i2f {} {:x} {:x}", v, (black_box(v) as f32).to_bits(), (black_box(v) as f64).to_bits());
}

fn main() {
    let mut rng = Rng(0xD1B54A32D192ED03);
    let mut values: Vec<i128> = vec![
        0, 1, -1, 2, -2, 127, 128, -128, -129, 255, 256, 300, -300, 32767, 32768, -32768, 65535,
        65536, i32::MAX as i128, i32::MIN as i128, u32::MAX as i128, 1 << 32, i64::MAX as i128,
        i64::MIN as i128, u64::MAX as i128, 1 << 64, i128::MAX, i128::MIN, 0x1234_5678_9abc_def0,
    ];
    for _ in 0..40 {
        values.push(rng.wide() as i128);
    }
    for &v in &values {
        per_type!(cast, v);
    }
    for &v in &values {
        for n in [0u32, 1, 3, 7, 8, 13, 31, 33, 64, 100, 127, 128, 200] {
            if n % 5 == (v as u32) % 5 || n == 0 || n == 1 {
                per_type!(ops, v, n);
            }
        }
    }

    let mut floats: Vec<f64> = vec![
        0.0, -0.0, 0.5, -0.5, 0.9999999, -0.9999999, 1.0, -1.0, 1.5, -1.5, 127.9, 128.0, -128.0,
        -128.9, -129.0, 255.5, 256.0, 65535.9, -32768.5, 2147483647.0, 2147483648.0,
        -2147483648.0, -2147483649.0, 4294967295.5, 4294967296.0, 9.2233720368547758e18,
        -9.2233720368547758e18, 1.8446744073709552e19, 1.7014118346046923e38,
        3.4028236692093846e38, 1e40, -1e40, 1e300, -1e300, 5e-324, f64::INFINITY,
        f64::NEG_INFINITY, f64::NAN, f64::MAX, f64::MIN,
    ];
    for _ in 0..60 {
        let x = f64::from_bits(rng.next());
        floats.push(if x.is_nan() { 1.0 } else { x });
        floats.push((rng.next() as i64 as f64) / (1u64 << (rng.next() % 64)) as f64);
    }
    for &x in &floats {
        per_type!(f2i, x);
    }

    let mut ints: Vec<u128> = vec![
        0, 1, 16777215, 16777216, 16777217, 16777218, 16777219, 33554433, 33554435,
        (1 << 53) + 1, (1 << 60) + (1 << 36) + 1, (1 << 60) + (1 << 36), (1 << 60) + (1 << 37) - 1,
        u64::MAX as u128, u128::MAX, u128::MAX - (1 << 103), u128::MAX - (1 << 104),
        // f32::MAX, the midpoint above it (rounds to infinity) and its neighbours
        0xffffff << 104, (0xffffff << 104) + (1 << 103), (0xffffff << 104) + (1 << 103) - 1,
        (0xffffff << 104) + (1 << 103) + 1, (0xffffff << 104) - (1 << 103), i128::MAX as u128,
    ];
    for _ in 0..200 {
        ints.push(rng.wide());
    }
    for &v in &ints {
        i2f_unsigned(v);
        if v <= i128::MAX as u128 {
            i2f_signed(-(v as i128));
        }
    }
    i2f_signed(i128::MIN);

    for &x in &floats {
        println!("f64to32 {:x} {:x}", x.to_bits(), (black_box(x) as f32).to_bits());
    }
    for x in [3.4028235677973366e38f64, 3.4028235677973362e38, 3.4028235677973370e38,
              1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46,
              1.1754942807573643e-38, 1.0000000596046448, 1.0000001788139343] {
        println!("f64to32 {:x} {:x}", x.to_bits(), (black_box(x) as f32).to_bits());
        println!("f64to32 {:x} {:x}", (-x).to_bits(), (black_box(-x) as f32).to_bits());
    }
}
