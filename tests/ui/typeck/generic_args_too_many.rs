// Supplying two type arguments to a struct with one parameter: E0107.
struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<i32, String> = Wrapper { value: 3 };
    println!("{}", w.value);
}
