// Moving a Vec into a thread while a reference to it is still used: E0505.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let first = &data[0];
    let handle = thread::spawn(move || data.len());
    println!("{first} {}", handle.join().unwrap());
}
