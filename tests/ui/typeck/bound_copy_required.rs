// A generic function requiring `Copy` called with `String`: E0277.
fn duplicate<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    let name = String::from("ferris");
    let (a, b) = duplicate(name);
    println!("{a} {b}");
}
