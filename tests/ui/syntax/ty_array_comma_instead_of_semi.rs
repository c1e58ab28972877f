fn main() {
    let buf: [u8, 4] = [0; 4];
    println!("{:?}", buf);
}
