// Turbofish with more type arguments than the function has: E0107.
fn identity<T>(x: T) -> T {
    x
}

fn main() {
    let v = identity::<i32, i32>(5);
    println!("{v}");
}
