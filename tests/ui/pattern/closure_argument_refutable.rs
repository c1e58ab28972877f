// Closure parameters too ("closure argument").
fn main() {
    let f = |Ok(n): Result<u8, String>| n + 1;
    println!("{}", f(Ok(1)));
}
