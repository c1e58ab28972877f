// A local variable used as an array length: E0435.
fn main() {
    let size = 4;
    let buf = [0u8; size];
    let n = 2;
    const LIMIT: usize = n;
    println!("{:?}", buf);
}
