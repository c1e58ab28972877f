// Struct and tuple constants, fields read by other constants, statics, inline consts.
#[derive(Debug)]
struct Limits {
    min: i32,
    max: i32,
}

const LIMITS: Limits = Limits { min: -10, max: 10 };
const SPAN: i32 = LIMITS.max - LIMITS.min;
const PAIR: (u8, bool) = (7, true);
static TABLE: [u16; 4] = [1, 2, 4, 8];
const LAST: u16 = TABLE[3];

fn main() {
    let doubled = const { SPAN * 2 };
    println!("{:?} {} {:?} {} {}", LIMITS, doubled, PAIR, LAST, TABLE.len());
}
