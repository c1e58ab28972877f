// Negative impls parse, but need the nightly `negative_impls` feature.
use std::cell::Cell;

struct Handle {
    id: u32,
    uses: Cell<u32>,
}

impl !Send for Handle {}
impl !Sync for Handle {}

impl Handle {
    fn touch(&self) -> u32 {
        self.uses.set(self.uses.get() + 1);
        self.id * 100 + self.uses.get()
    }
}

fn main() {
    let h = Handle { id: 7, uses: Cell::new(0) };
    h.touch();
    println!("{}", h.touch());
}
