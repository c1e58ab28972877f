// A closure is `Send` when its captures are, including a captured closure holding an `Rc`.
use std::rc::Rc;
use std::thread;

fn main() {
    let prefix = Rc::new(String::from(">> "));
    let format_line = move |s: &str| format!("{prefix}{s}");
    let h = thread::spawn(move || {
        println!("{}", format_line("hello"));
    });
    h.join().unwrap();
}
