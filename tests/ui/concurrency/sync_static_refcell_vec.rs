// A `static` holding a `RefCell` is not `Sync`; a `Mutex` or `thread_local!` would be.
use std::cell::RefCell;

struct Registry {
    names: RefCell<Vec<&'static str>>,
}

static REGISTRY: Registry = Registry { names: RefCell::new(Vec::new()) };

fn main() {
    REGISTRY.names.borrow_mut().push("a");
    println!("{}", REGISTRY.names.borrow().len());
}
