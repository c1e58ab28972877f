// Unsafe blocks and inline const blocks used as ordinary expressions.

const TABLE_SIZE: usize = const { 4 * 4 };

static mut EVENTS: u32 = 0;

fn record_event() -> u32 {
    unsafe {
        EVENTS += 1;
        EVENTS
    }
}

unsafe fn read_unchecked(values: &[u32], i: usize) -> u32 {
    unsafe { *values.get_unchecked(i) }
}

fn squares<const N: usize>() -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = (i * i) as u64;
        i += 1;
    }
    out
}

fn main() {
    let three = const { 1 + 2 };
    println!("const block: {}", three);

    let mask = const { (1u32 << 10) - 1 };
    println!("mask: {:#b}", mask);

    let table: [u8; TABLE_SIZE] = [const { 7 }; TABLE_SIZE];
    println!("table: {:?}", table);

    // const blocks allow non-Copy values in array repeat expressions
    let buckets: [Vec<i32>; 3] = [const { Vec::new() }; 3];
    println!("buckets: {:?}", buckets);

    for _ in 0..3 {
        record_event();
    }
    println!("events: {}", record_event());

    let data = [10, 20, 30, 40];
    let total = unsafe { read_unchecked(&data, 1) + read_unchecked(&data, 3) };
    println!("unchecked sum: {}", total);

    let mut value = 5i32;
    let ptr = &mut value as *mut i32;
    unsafe {
        *ptr *= 3;
        *ptr += 1;
    }
    println!("through raw pointer: {}", value);

    let p2 = &value as *const i32;
    let read = unsafe { *p2 } * 2;
    println!("read back and doubled: {}", read);

    let sq = squares::<6>();
    println!("squares: {:?}", sq);

    let bytes = "hello".as_bytes();
    let upper: Vec<u8> = bytes.iter().map(|b| b - const { b'a' - b'A' }).collect();
    let s = unsafe { std::str::from_utf8_unchecked(&upper) };
    println!("upper: {}", s);

    let answer = if const { usize::BITS >= 32 } { "wide" } else { "narrow" };
    println!("usize is {}", answer);
}
