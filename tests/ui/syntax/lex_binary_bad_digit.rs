fn main() {
    let mask: u8 = 0b102;
    println!("{:08b}", mask);
}
