// Swapping and taking through `&mut` with mem::swap, mem::take and mem::replace.
use std::mem;

struct Buffers {
    front: Vec<u8>,
    back: Vec<u8>,
}

fn main() {
    let mut b = Buffers { front: vec![1, 2], back: vec![9] };
    mem::swap(&mut b.front, &mut b.back);
    println!("{:?} {:?}", b.front, b.back);
    let old = mem::take(&mut b.back);
    println!("{:?} {:?}", old, b.back);
    let prev = mem::replace(&mut b.front, vec![7, 7]);
    println!("{:?} {:?}", prev, b.front);
}
