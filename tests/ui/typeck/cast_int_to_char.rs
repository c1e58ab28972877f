// Casting a `u32` to `char` (only `u8` casts to `char`): E0604.
fn main() {
    let code: u32 = 65;
    let c = code as char;
    println!("{c}");
}
