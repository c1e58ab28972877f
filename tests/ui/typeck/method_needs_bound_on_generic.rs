// Calling `clone` on a value of a type parameter with no `Clone` bound: E0599 on a wrapper.
struct Wrapper<T> {
    inner: T,
}

impl<T: Clone> Wrapper<T> {
    fn duplicate(&self) -> (T, T) {
        (self.inner.clone(), self.inner.clone())
    }
}

struct Token;

fn main() {
    let w = Wrapper { inner: Token };
    let (_a, _b) = w.duplicate();
    println!("done");
}
