// A value consumed by a function inside a while loop: E0382 on the next iteration.
fn consume(buf: Vec<u8>) -> usize {
    buf.len()
}

fn main() {
    let buf = vec![1u8, 2, 3];
    let mut n = 0;
    while n < 10 {
        n += consume(buf);
    }
    println!("{n}");
}
