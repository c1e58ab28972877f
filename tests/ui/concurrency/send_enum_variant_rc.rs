// An enum with one variant holding an `Rc` is not `Send`, whichever variant the value is.
use std::rc::Rc;
use std::thread;

enum Message {
    Quit,
    Text(String),
    Shared(Rc<String>),
}

fn describe(m: &Message) -> String {
    match m {
        Message::Quit => "quit".to_string(),
        Message::Text(s) => format!("text {s}"),
        Message::Shared(s) => format!("shared {s}"),
    }
}

fn main() {
    let msg = Message::Text("hello".to_string());
    let t = thread::spawn(move || describe(&msg));
    println!("{}", t.join().unwrap());
}
