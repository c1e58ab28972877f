// Passing a non-callable value where `impl Fn(i32) -> i32` is expected: E0277.
fn apply_twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    let offset = 10;
    println!("{}", apply_twice(offset, 1));
}
