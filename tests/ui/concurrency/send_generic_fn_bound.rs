// A user function with a `T: Send` bound rejects an `Rc` argument at the call.
use std::rc::Rc;

fn run_in_background<T: Send + 'static>(job: T) -> usize {
    std::mem::size_of_val(&job)
}

fn main() {
    let shared = Rc::new(42);
    let size = run_in_background(shared);
    println!("{size}");
}
