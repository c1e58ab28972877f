// A thread closure that borrows a local needs `move`: E0373.
use std::thread;

fn main() {
    let names = vec!["ann", "bob"];
    let handle = thread::spawn(|| {
        for n in &names {
            println!("hello {n}");
        }
    });
    handle.join().unwrap();
}
