// `as` casts between integer types: truncation, sign extension, reinterpretation,
// chained casts such as `x as u8 as char`, and precedence of `as`.

fn caesar(text: &str, shift: u8) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                ((c as u8 - b'a' + shift) % 26 + b'a') as char
            } else if c.is_ascii_uppercase() {
                ((c as u8 - b'A' + shift) % 26 + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    println!("-1i32 as u32 = {}", -1i32 as u32);
    println!("-1i64 as u8 = {}", -1i64 as u8);
    println!("300i32 as u8 = {}", 300i32 as u8);
    println!("200u8 as i8 = {}", 200u8 as i8);
    println!("-100i8 as u8 as i32 = {}", -100i8 as u8 as i32);
    println!("-100i8 as i32 as u32 = {}", -100i8 as i32 as u32);
    println!("65 as u8 as char = {:?}", 65 as u8 as char);
    println!("0x1F600 as u32 -> char = {:?}", char::from_u32(0x1F600).unwrap());
    println!("'A' as u8 + 2 = {}", 'A' as u8 + 2);
    println!("('A' as u8 + 2) as char = {}", ('A' as u8 + 2) as char);
    println!("'é' as u32 = {}", 'é' as u32);
    println!("'é' as u8 = {}", 'é' as u8);
    println!("true as i32 + true as i32 = {}", true as i32 + true as i32);
    println!("false as u8 = {}", false as u8);
    println!("u64::MAX as i64 = {}", u64::MAX as i64);
    println!("i32::MIN as i64 = {}", i32::MIN as i64);
    println!("i32::MIN as u64 = {}", i32::MIN as u64);
    println!("0xDEADBEEFu32 as u16 = {:#x}", 0xDEADBEEFu32 as u16);
    println!("-1i8 as u128 = {}", -1i8 as u128);
    println!("1u128 << 100 as u32 = {}", 1u128 << 100 as u32);

    // `as` binds tighter than * and + but looser than unary minus
    let small: u8 = 250;
    let widened = small as u16 * 2;
    println!("small as u16 * 2 = {}", widened);
    let neg = -5i32;
    println!("-neg as u32 = {}", -neg as u32);
    println!("-(neg as u32 as i64) = {}", -(neg as u32 as i64));

    println!("caesar: {}", caesar("Hello, World!", 3));
    println!("undo:   {}", caesar(&caesar("Hello, World!", 3), 23));

    // checksum of bytes with explicit widening
    let payload = b"ferric";
    let mut sum: u16 = 0;
    for &b in payload {
        sum = sum.wrapping_add(b as u16);
    }
    let checksum = (sum & 0xFF) as u8 ^ (sum >> 8) as u8;
    println!("sum = {}, checksum = {:#04x}", sum, checksum);

    let idx: i32 = 3;
    let items = ["zero", "one", "two", "three"];
    println!("items[idx as usize] = {}", items[idx as usize]);
    let len_as_i = items.len() as i32 - 5;
    println!("len as i32 - 5 = {}", len_as_i);

    let digits: String = (0..10u8).map(|d| (b'0' + d) as char).rev().collect();
    println!("digits reversed: {}", digits);
}
