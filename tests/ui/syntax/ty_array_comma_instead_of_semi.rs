fn main() {
    let buf: [u8, 4] = [0; 4];
    let total: u32 = buf.iter().map(|&b| b as u32).sum();
    println!("{:?} {}", buf, total);
}
