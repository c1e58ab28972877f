// An `Rc` moved into a spawned thread: `Rc<Vec<i32>>` is not `Send`.
use std::rc::Rc;
use std::thread;

fn main() {
    let numbers = Rc::new(vec![1, 2, 3]);
    let copy = Rc::clone(&numbers);
    let handle = thread::spawn(
        move || {
            let total: i32 = copy.iter().sum();
            println!("total = {total}");
        },
    );
    handle.join().unwrap();
    println!("{}", numbers.len());
}
