// Casting a reference to an integer type (it must go through a raw pointer): E0606.
fn main() {
    let value = 7u8;
    let r = &value;
    let n = r as u32;
    println!("{n}");
}
