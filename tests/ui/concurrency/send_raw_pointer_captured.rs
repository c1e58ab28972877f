// A raw pointer captured by a thread closure: `*mut i32` is neither `Send` nor `Sync`.
use std::thread;

fn main() {
    let mut value = 10;
    let ptr: *mut i32 = &mut value;
    let handle = thread::spawn(move || unsafe {
        *ptr += 1;
    });
    handle.join().unwrap();
    println!("{value}");
}
