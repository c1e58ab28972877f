// A non-Copy generic parameter used twice by value: E0382.
fn duplicate<T>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    let (a, b) = duplicate(5);
    println!("{a} {b}");
}
