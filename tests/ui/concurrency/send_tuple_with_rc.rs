// A tuple is `Send` when every element is: `(u32, Rc<str>)` is not.
use std::rc::Rc;
use std::thread;

fn main() {
    let pair: (u32, Rc<str>) = (7, Rc::from("seven"));
    let handle = thread::spawn(move || {
        let (n, name) = pair;
        format!("{n} is {name}")
    });
    println!("{}", handle.join().unwrap());
}
