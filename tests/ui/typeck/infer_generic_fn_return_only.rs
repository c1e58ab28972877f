// A generic function whose type parameter appears only in the return type: E0283.
fn make_default<T: Default>() -> T {
    T::default()
}

fn main() {
    let x = make_default();
    println!("made one");
    let _ = &x;
}
