// `PhantomData<*const ()>` opts a type out of `Send` and `Sync` without storing a pointer.
use std::marker::PhantomData;
use std::thread;

struct ThreadBound {
    id: u32,
    _not_send: PhantomData<*const ()>,
}

impl ThreadBound {
    fn new(id: u32) -> Self {
        ThreadBound { id, _not_send: PhantomData }
    }

    fn doubled(&self) -> u32 {
        self.id * 2
    }
}

fn main() {
    let token = ThreadBound::new(1);
    let h = thread::spawn(move || token.doubled());
    println!("{}", h.join().unwrap());
}
