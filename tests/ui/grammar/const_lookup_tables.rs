// Constants of many types: arrays, slices, strings, tuples, structs and const exprs.

const KB: usize = 1024;
const MB: usize = KB * KB;
const NAMES: &[&str] = &["zero", "one", "two", "three"];
const ORIGIN: (i32, i32) = (0, 0);
const MASKS: [u8; 4] = [1 << 0, 1 << 1, 1 << 2, 1 << 3];
const GREETING: &str = concat!("hello", ", ", "world");
const MAX_U8_AS_U32: u32 = u8::MAX as u32;
const NEG: i64 = -(1 << 40);
const IS_64: bool = usize::BITS == 64;

#[derive(Debug)]
struct Limits {
    min: i32,
    max: i32,
}

const TEMP: Limits = Limits { min: -40, max: 125 };

impl Limits {
    const WIDE: Limits = Limits { min: i32::MIN, max: i32::MAX };

    const fn span(&self) -> i64 {
        self.max as i64 - self.min as i64
    }
}

const TEMP_SPAN: i64 = TEMP.span();

const fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

const FIB_50: u64 = fib(50);

fn human(bytes: usize) -> String {
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= KB {
        format!("{:.1} KB", bytes as f64 / KB as f64)
    } else {
        format!("{} B", bytes)
    }
}

fn main() {
    for b in [512, 2048, 5 * MB + 300 * KB] {
        println!("{} -> {}", b, human(b));
    }
    for (i, name) in NAMES.iter().enumerate() {
        println!("{} is {}", i, name);
    }
    println!("origin {:?}", ORIGIN);
    let flags = 0b1010u8;
    let set: Vec<usize> = (0..4).filter(|&i| flags & MASKS[i] != 0).collect();
    println!("set bits {:?}", set);
    println!("{}", GREETING);
    println!("{} {} 64-bit: {}", MAX_U8_AS_U32, NEG, IS_64);
    println!("{:?} span {}", TEMP, TEMP_SPAN);
    println!("wide span {}", Limits::WIDE.span());
    println!("fib(50) = {}", FIB_50);
    const LOCAL: [u64; 3] = [fib(10), fib(20), fib(30)];
    println!("local {:?}", LOCAL);
}
