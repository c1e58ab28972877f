use std::cell::RefCell;
struct Guard(u32);
impl Drop for Guard {
    fn drop(&mut self) { println!("dropping guard {}", self.0); }
}
thread_local! {
    static G: RefCell<Option<Guard>> = const { RefCell::new(None) };
    static H: Guard = Guard(9);
}
fn main() {
    H.with(|h| println!("h {}", h.0));
    G.with(|g| *g.borrow_mut() = Some(Guard(1)));
    println!("end");
}
