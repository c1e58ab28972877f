// `PhantomData<fn() -> T>` keeps a marker type `Send` even when `T` is not.
use std::marker::PhantomData;
use std::rc::Rc;
use std::thread;

struct TypedId<T> {
    raw: u64,
    _kind: PhantomData<fn() -> T>,
}

impl<T> TypedId<T> {
    fn new(raw: u64) -> Self {
        TypedId { raw, _kind: PhantomData }
    }
}

fn main() {
    let id: TypedId<Rc<String>> = TypedId::new(99);
    let h = thread::spawn(move || id.raw + 1);
    println!("{}", h.join().unwrap());
}
