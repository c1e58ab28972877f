// Moving the contents out of an Rc by dereferencing: E0507.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let owned: Vec<i32> = *shared;
    println!("{:?}", owned);
}
