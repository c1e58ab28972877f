use std::cell::RefCell;
use std::thread;

struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping thread-local guard {}", self.0);
    }
}

thread_local! {
    static G: RefCell<Option<Guard>> = const { RefCell::new(None) };
}

fn main() {
    let h = thread::spawn(|| {
        G.with(|g| *g.borrow_mut() = Some(Guard(1)));
        println!("thread body done");
    });
    h.join().unwrap();
    println!("joined");
    let h = thread::spawn(|| {
        G.with(|g| *g.borrow_mut() = Some(Guard(2)));
    });
    h.join().unwrap();
    println!("end of main");
}
