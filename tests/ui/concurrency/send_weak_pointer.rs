// `rc::Weak` is no more `Send` than `Rc`.
use std::rc::{Rc, Weak};
use std::thread;

fn main() {
    let owner = Rc::new(5);
    let observer: Weak<i32> = Rc::downgrade(&owner);
    let h = thread::spawn(move || observer.upgrade().is_some());
    println!("{}", h.join().unwrap());
}
