// Inherent impls need a local nominal type: E0390 for primitives and references, E0118
// for a type parameter.
struct Local;

impl u32 {
    fn double(self) -> u32 {
        self * 2
    }
}

impl &Local {
    fn show(&self) {}
}

impl<T> T {
    fn ident(self) -> T {
        self
    }
}

fn main() {}
