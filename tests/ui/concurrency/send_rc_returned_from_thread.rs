// The value a thread returns must be `Send` too: `JoinHandle<Rc<String>>` is rejected.
use std::rc::Rc;
use std::thread;

fn main() {
    let handle = thread::spawn(|| {
        let s = String::from("made in a thread");
        Rc::new(s)
    });
    let rc = handle.join().unwrap();
    println!("{rc}");
}
