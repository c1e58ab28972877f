fn main() {
    let mask: u8 = 0b102;
    let flags: u8 = 0b0110;
    println!("{:08b}", mask & flags);
}
