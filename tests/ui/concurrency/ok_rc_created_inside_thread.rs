// An `Rc` created and dropped inside the thread never crosses a thread boundary.
use std::rc::Rc;
use std::thread;

fn main() {
    let words = vec!["alpha".to_string(), "beta".to_string()];
    let h = thread::spawn(move || {
        let shared = Rc::new(words);
        let other = Rc::clone(&shared);
        let n = Rc::strong_count(&shared);
        format!("{} words, {} owners", other.len(), n)
    });
    println!("{}", h.join().unwrap());
}
