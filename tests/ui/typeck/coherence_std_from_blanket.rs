// `impl<T> From<T> for Wrapper` conflicts with std's `impl<T> From<T> for T` (E0119).
struct Wrapper;

impl<T> From<T> for Wrapper {
    fn from(_: T) -> Self {
        Wrapper
    }
}

fn main() {
    let _w: Wrapper = Wrapper::from(3);
}
