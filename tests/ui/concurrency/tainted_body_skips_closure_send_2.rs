use std::rc::Rc;
fn need_send<T: Send>(t: T) {}
fn main() {
    let r = Rc::new(5);
    need_send(r.clone());
    need_send(move || println!("{}", r));
}
