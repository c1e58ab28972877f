// `Vec<T>` is `Send` only when `T` is: a vector of `Rc`s cannot move to another thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(String::from("common"));
    let items: Vec<Rc<String>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    let handle = thread::spawn(move || {
        for item in &items {
            println!("{item}");
        }
        items.len()
    });
    println!("{}", handle.join().unwrap());
}
