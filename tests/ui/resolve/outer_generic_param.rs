// A nested fn using its parent's type parameter: E0401.
fn outer<T: Clone>(x: T) -> T {
    fn inner(y: T) -> T {
        y
    }
    inner(x.clone())
}

fn main() {
    println!("{}", outer(3));
}
