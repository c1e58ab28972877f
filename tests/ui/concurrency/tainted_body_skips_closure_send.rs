use std::thread;
use std::rc::Rc;
fn need_send<T: Send>(t: T) {}
fn main() {
    let v = vec![1];
    let r = Rc::new(5);
    thread::spawn(move || println!("{}", r));
    need_send(move || println!("{:?}", v));
    let x = 5;
    x = 6;
    let p: &mut i32 = &x;
}
