// Compile-time tables built with const fn: a CRC-8 lookup table and squares.

const fn crc8_entry(mut byte: u8) -> u8 {
    let mut i = 0;
    while i < 8 {
        if byte & 0x80 != 0 {
            byte = (byte << 1) ^ 0x07;
        } else {
            byte <<= 1;
        }
        i += 1;
    }
    byte
}

const fn build_table() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = crc8_entry(i as u8);
        i += 1;
    }
    table
}

const CRC_TABLE: [u8; 256] = build_table();

const fn squares<const N: usize>() -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = (i as u64) * (i as u64);
        i += 1;
    }
    out
}

const SQUARES: [u64; 8] = squares::<8>();

const fn max_of(a: u32, b: u32) -> u32 {
    if a > b { a } else { b }
}

const LIMIT: u32 = max_of(17, 42);

fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0u8;
    for &b in data {
        crc = CRC_TABLE[(crc ^ b) as usize];
    }
    crc
}

struct Checked {
    payload: &'static str,
}

impl Checked {
    const fn new(payload: &'static str) -> Self {
        Checked { payload }
    }

    fn checksum(&self) -> u8 {
        crc8(self.payload.as_bytes())
    }
}

const MESSAGES: [Checked; 3] = [
    Checked::new("hello"),
    Checked::new("ferric"),
    Checked::new("123456789"),
];

fn main() {
    println!("table[1..5] = {:?}", &CRC_TABLE[1..5]);
    println!("squares = {:?}", SQUARES);
    println!("limit = {}", LIMIT);
    for m in MESSAGES.iter() {
        println!("crc8({:?}) = 0x{:02x}", m.payload, m.checksum());
    }
    let runtime = crc8_entry(0x55);
    println!("runtime entry 0x55 -> 0x{:02x}", runtime);
}
