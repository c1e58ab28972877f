// Scoped threads still need `Send`: an `Rc` clone moved into `Scope::spawn`.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![10, 20, 30]);
    thread::scope(|s| {
        let mine = Rc::clone(&shared);
        s.spawn(move || {
            println!("{}", mine.len());
        });
    });
}
