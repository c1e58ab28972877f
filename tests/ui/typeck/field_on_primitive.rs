// Accessing a field on a primitive value: E0610.
fn main() {
    let celsius = 21.5f64;
    let f = celsius.value * 9.0 / 5.0 + 32.0;
    println!("{f}");
}
