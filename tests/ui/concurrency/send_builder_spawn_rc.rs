// `thread::Builder::spawn` has the same `Send + 'static` bounds as `thread::spawn`.
use std::rc::Rc;
use std::thread;

fn main() {
    let label = Rc::new("worker".to_string());
    let handle = thread::Builder::new()
        .name("w1".into())
        .spawn(move || {
            println!("{label}");
        })
        .unwrap();
    handle.join().unwrap();
}
