// `unsafe impl Send` vouches for a type the compiler cannot prove `Send` (a raw pointer inside).
use std::thread;

struct Buffer {
    ptr: *mut u8,
    len: usize,
}

unsafe impl Send for Buffer {}

impl Buffer {
    fn from_vec(v: Vec<u8>) -> Buffer {
        let mut v = std::mem::ManuallyDrop::new(v);
        Buffer { ptr: v.as_mut_ptr(), len: v.len() }
    }

    fn sum(&self) -> u32 {
        let mut total = 0u32;
        for i in 0..self.len {
            total += unsafe { *self.ptr.add(i) } as u32;
        }
        total
    }
}

fn main() {
    let buf = Buffer::from_vec(vec![1, 2, 3, 4]);
    let h = thread::spawn(move || buf.sum());
    println!("sum = {}", h.join().unwrap());
}
