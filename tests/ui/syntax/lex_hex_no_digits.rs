fn main() {
    let color: u32 = 0x;
    let red = (color >> 16) & 0xff;
    println!("{}", red);
}
