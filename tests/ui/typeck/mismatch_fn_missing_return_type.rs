// A function without a return type whose body ends in a value.
fn double(n: i32) {
    n * 2
}
fn main() {
    double(4);
}
