// `Sender<T>` is `Send` only when `T` is: a channel of `Rc`s stays on one thread.
use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<Rc<String>>();
    let producer = thread::spawn(move || {
        tx.send(Rc::new("ping".to_string())).unwrap();
    });
    producer.join().unwrap();
    println!("{}", rx.recv().unwrap());
}
