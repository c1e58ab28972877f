// A generic struct is `Send` when its instantiated fields are: `Wrapper<Rc<i32>>` is not.
use std::rc::Rc;
use std::thread;

#[derive(Debug)]
struct Wrapper<T> {
    label: &'static str,
    inner: T,
}

fn main() {
    let w = Wrapper { label: "counter", inner: Rc::new(3) };
    let h = thread::spawn(move || {
        println!("{}: {:?}", w.label, w.inner);
    });
    h.join().unwrap();
}
