// Explicit discriminants, #[repr] and conversions between enums and integers.

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store = 0x11,
    Add = 0x20,
    Sub,
    Halt = 0xFF,
}

impl TryFrom<u8> for Opcode {
    type Error = u8;
    fn try_from(b: u8) -> Result<Self, u8> {
        Ok(match b {
            0x00 => Opcode::Nop,
            0x10 => Opcode::Load,
            0x11 => Opcode::Store,
            0x20 => Opcode::Add,
            0x21 => Opcode::Sub,
            0xFF => Opcode::Halt,
            other => return Err(other),
        })
    }
}

#[repr(i16)]
#[derive(Debug, Clone, Copy)]
enum Level {
    Debug = -10,
    Info = 0,
    Warn = 10,
    Error = 20,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat = 10,
    Sun,
}

const ALL_LEVELS: [Level; 4] = [Level::Debug, Level::Info, Level::Warn, Level::Error];

fn main() {
    let program = [0x10u8, 0x20, 0x21, 0x07, 0x11, 0x00, 0xFF];
    for byte in program {
        match Opcode::try_from(byte) {
            Ok(op) => println!("0x{:02X} -> {:?} (back to {})", byte, op, op as u8),
            Err(b) => println!("0x{:02X} -> invalid opcode {}", byte, b),
        }
    }
    println!("Sub follows Add: {}", Opcode::Sub as u8 == Opcode::Add as u8 + 1);

    for lvl in ALL_LEVELS {
        let n = lvl as i16;
        println!("{:?} = {} (as i32 {}, as u8 {})", lvl, n, lvl as i32, n as u8);
    }

    let days = [Weekday::Sun, Weekday::Mon, Weekday::Fri, Weekday::Sat, Weekday::Wed];
    let mut sorted = days;
    sorted.sort();
    let nums: Vec<i32> = sorted.iter().map(|d| *d as i32).collect();
    println!("{:?} -> {:?}", sorted, nums);
    println!("size of Opcode = {}, Level = {}", std::mem::size_of::<Opcode>(), std::mem::size_of::<Level>());
    println!("Thu > Tue: {}", Weekday::Thu > Weekday::Tue);
}
