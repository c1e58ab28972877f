// Moving a reference into a `'static` thread: the referent does not live long enough (E0597).
use std::thread;

fn main() {
    let config = String::from("verbose");
    let config_ref = &config;
    let handle = thread::spawn(move || {
        println!("config: {config_ref}");
    });
    handle.join().unwrap();
}
