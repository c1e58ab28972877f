// Bitwise precedence: shifts bind tighter than &, & tighter than ^, ^ tighter than |.
// Arithmetic binds tighter than shifts; comparisons are looser than all of them.

const READ: u8 = 1 << 2;
const WRITE: u8 = 1 << 1;
const EXEC: u8 = 1 << 0;

fn describe(mode: u8) -> String {
    let mut s = String::new();
    s.push(if mode & READ != 0 { 'r' } else { '-' });
    s.push(if mode & WRITE != 0 { 'w' } else { '-' });
    s.push(if mode & EXEC != 0 { 'x' } else { '-' });
    s
}

fn octal_mode(user: u8, group: u8, other: u8) -> u32 {
    (user as u32) << 6 | (group as u32) << 3 | other as u32
}

fn main() {
    println!("1 << 2 + 1 = {}", 1 << 2 + 1);
    println!("(1 << 2) + 1 = {}", (1 << 2) + 1);
    println!("0xF0 | 0x0F & 0x3C = {:#x}", 0xF0 | 0x0F & 0x3C);
    println!("(0xF0 | 0x0F) & 0x3C = {:#x}", (0xF0 | 0x0F) & 0x3C);
    println!("6 ^ 3 & 5 = {}", 6 ^ 3 & 5);
    println!("(6 ^ 3) & 5 = {}", (6 ^ 3) & 5);
    println!("1 | 2 ^ 3 = {}", 1 | 2 ^ 3);
    println!("256 >> 2 >> 1 = {}", 256 >> 2 >> 1);
    println!("1 << 3 << 2 = {}", 1 << 3 << 2);
    println!("-16 >> 2 = {}", -16 >> 2);
    println!("0x80u8 >> 3 = {}", 0x80u8 >> 3);
    println!("!0u8 = {}", !0u8);
    println!("!5i32 = {}", !5i32);
    println!("5 & 3 == 1 -> {}", 5 & 3 == 1);

    let user = READ | WRITE | EXEC;
    let group = READ | EXEC;
    let other = READ;
    println!("user  {} ({})", describe(user), user);
    println!("group {} ({})", describe(group), group);
    println!("other {} ({})", describe(other), other);
    println!("mode  {:o}", octal_mode(user, group, other));

    let mut flags: u8 = 0;
    flags |= WRITE;
    flags |= EXEC;
    flags ^= EXEC | READ;
    println!("flags after toggles: {} ({:03b})", describe(flags), flags);
    flags &= !WRITE;
    println!("flags after clearing write: {} ({:03b})", describe(flags), flags);

    // pack an RGB565 pixel
    let (r, g, b) = (200u16, 100u16, 50u16);
    let packed = (r >> 3) << 11 | (g >> 2) << 5 | b >> 3;
    println!("rgb565 = {:#06x}", packed);
    let r2 = (packed >> 11 & 0x1F) << 3;
    let g2 = (packed >> 5 & 0x3F) << 2;
    let b2 = (packed & 0x1F) << 3;
    println!("unpacked = ({}, {}, {})", r2, g2, b2);

    // parity of a word with xor folding
    let mut word: u32 = 0b1011_0110_1110_0001;
    word ^= word >> 16;
    word ^= word >> 8;
    word ^= word >> 4;
    word ^= word >> 2;
    word ^= word >> 1;
    println!("parity = {}", word & 1);
}
